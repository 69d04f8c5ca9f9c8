<?php
/**
 * Plugin Name: Reclaim cart events
 * Description: Sends WooCommerce carts and checkout contacts to Reclaim's events API, so carts that
 *              never became orders can be recovered. Orders keep arriving through WooCommerce's own
 *              webhooks (order.created / order.updated).
 * Version: 1.0.0
 *
 * Configure in wp-config.php:
 *   define('RECLAIM_URL', 'https://reclaim.example.com');   // Reclaim's public URL
 *   define('RECLAIM_STORE', 'northwind');                    // the store id in reclaim.yml
 *   define('RECLAIM_API_KEY', 'rk_...');                     // one of the store's api_keys
 * The key stays on the server: the browser never sees it.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** Posts one event to Reclaim without making the shopper wait. */
function reclaim_post_event(string $type, array $data): void
{
    if (!defined('RECLAIM_URL') || !defined('RECLAIM_STORE') || !defined('RECLAIM_API_KEY')) {
        return;
    }
    $id = 'wc_' . $type . '_' . md5(wp_json_encode($data));
    wp_remote_post(rtrim(RECLAIM_URL, '/') . '/api/v1/stores/' . rawurlencode(RECLAIM_STORE) . '/events', [
        'blocking' => false,
        'timeout' => 3,
        'headers' => [
            'Content-Type' => 'application/json',
            'Authorization' => 'Bearer ' . RECLAIM_API_KEY,
            'Idempotency-Key' => $id,
        ],
        'body' => wp_json_encode(['type' => $type, 'id' => $id, 'occurred_at' => gmdate('c'), 'data' => $data]),
    ]);
}

/** Minor units of a price in the store currency (2 decimals unless the store says otherwise). */
function reclaim_minor($amount): int
{
    return (int) round(((float) $amount) * pow(10, wc_get_price_decimals()));
}

/** The current cart as Reclaim's `cart.updated` data, or null without a contact to reach. */
function reclaim_cart_data(): ?array
{
    if (!function_exists('WC') || !WC()->cart || !WC()->session || !WC()->customer) {
        return null;
    }
    $customer = WC()->customer;
    $phone = $customer->get_billing_phone();
    $email = $customer->get_billing_email();
    if (!$phone && !$email) {
        return null;
    }
    $items = [];
    foreach (WC()->cart->get_cart() as $line) {
        $product = $line['data'];
        $items[] = [
            'product_id' => (string) $line['product_id'],
            'variant_id' => $line['variation_id'] ? (string) $line['variation_id'] : null,
            'title' => $product->get_name(),
            'variant_title' => $line['variation_id'] ? wc_get_formatted_variation($product, true, false) : null,
            'quantity' => (int) $line['quantity'],
            'price' => reclaim_minor($product->get_price()),
            'image_url' => wp_get_attachment_image_url($product->get_image_id(), 'thumbnail') ?: null,
        ];
    }
    return [
        'cart_id' => 'wc-session-' . WC()->session->get_customer_id(),
        'contact' => [
            'phone' => $phone ?: null,
            'email' => $email ?: null,
            'first_name' => $customer->get_billing_first_name() ?: null,
            'last_name' => $customer->get_billing_last_name() ?: null,
            'locale' => get_locale(),
        ],
        'items' => $items,
        'subtotal' => reclaim_minor(WC()->cart->get_subtotal()),
        'currency' => get_woocommerce_currency(),
        'recovery_url' => wc_get_cart_url(),
        'shipping_address' => [
            'country' => $customer->get_shipping_country() ?: null,
            'province' => $customer->get_shipping_state() ?: null,
            'city' => $customer->get_shipping_city() ?: null,
            'zip' => $customer->get_shipping_postcode() ?: null,
        ],
        'ip' => WC_Geolocation::get_ip_address(),
        'user_agent' => wc_get_user_agent(),
    ];
}

/** Cart changes and checkout field updates (phone and email typed at checkout) reach Reclaim. */
function reclaim_send_cart(): void
{
    $data = reclaim_cart_data();
    if ($data !== null) {
        reclaim_post_event('cart.updated', $data);
    }
}
add_action('woocommerce_cart_updated', 'reclaim_send_cart');
add_action('woocommerce_checkout_update_order_review', 'reclaim_send_cart');

/** The SMS consent checkbox at checkout, recorded with its exact wording. */
const RECLAIM_SMS_DISCLOSURE = 'Text me cart reminders and offers at this number. Consent is not a condition of purchase. Msg & data rates may apply. Reply STOP to opt out.';

add_action('woocommerce_review_order_before_submit', function (): void {
    woocommerce_form_field('reclaim_sms_consent', [
        'type' => 'checkbox',
        'label' => esc_html(RECLAIM_SMS_DISCLOSURE),
        'required' => false,
    ], false);  // never pre-checked
});

add_action('woocommerce_checkout_order_processed', function (int $order_id): void {
    if (empty($_POST['reclaim_sms_consent'])) {
        return;
    }
    $order = wc_get_order($order_id);
    reclaim_post_event('consent.granted', [
        'channel' => 'sms',
        'phone' => $order->get_billing_phone(),
        'source' => 'checkout_checkbox',
        'disclosure_text' => RECLAIM_SMS_DISCLOSURE,
        'ip' => $order->get_customer_ip_address(),
        'user_agent' => $order->get_customer_user_agent(),
        'page_url' => wc_get_checkout_url(),
    ]);
});
