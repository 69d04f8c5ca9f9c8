<?php
/**
 * Plugin Name: Reclaim cart events
 * Description: Sends WooCommerce carts, checkout contacts and the SMS consent box to Reclaim while the shopper is
 *              still at checkout, before any order exists, so carts that never became orders can be recovered.
 *              Orders keep arriving through WooCommerce's own webhooks (order.created / order.updated).
 * Version: 2.0.0
 * Requires PHP: 7.4
 *
 * Configure in wp-config.php (README.md):
 *   define('RECLAIM_URL', 'https://reclaim.example.com');   // Reclaim's public URL
 *   define('RECLAIM_STORE', 'northwind');                    // the store id in reclaim.yml
 *   define('RECLAIM_SECRET', '...');                         // the store's woocommerce.secret in reclaim.yml
 *   define('RECLAIM_SMS_DISCLOSURE', '...');                 // optional: the SMS box's wording
 * The secret stays on the server: the browser never sees it.
 */

if (!defined('ABSPATH')) {
    exit;
}

require_once __DIR__ . '/includes/payloads.php';

/** The wording next to the SMS box, recorded with every consent exactly as shown. */
function reclaim_sms_disclosure(): string
{
    if (defined('RECLAIM_SMS_DISCLOSURE')) {
        return (string) RECLAIM_SMS_DISCLOSURE;
    }
    return sprintf(
        'Text me recurring automated marketing messages (e.g. cart reminders) from %s at the number provided. '
        . 'Consent is not a condition of purchase. Msg frequency varies. Msg & data rates may apply. '
        . 'Reply HELP for help, STOP to cancel. See our Terms and Privacy Policy.',
        get_bloginfo('name')
    );
}

/** Whether the plugin is configured. */
function reclaim_configured(): bool
{
    return defined('RECLAIM_URL') && defined('RECLAIM_STORE') && defined('RECLAIM_SECRET');
}

/** Sends one event, signed. Consent waits for Reclaim's answer (3 s at most); carts do not. */
function reclaim_send(string $type, array $data): void
{
    if (!reclaim_configured()) {
        return;
    }
    $request = reclaim_request(RECLAIM_URL, RECLAIM_STORE, RECLAIM_SECRET, home_url('/'), reclaim_envelope($type, $data, gmdate('c')));
    $response = wp_remote_post($request['url'], [
        'blocking' => strpos($type, 'consent.') === 0,
        'timeout' => 3,
        'headers' => $request['headers'],
        'body' => $request['body'],
    ]);
    if (is_wp_error($response)) {
        error_log('Reclaim: ' . $type . ' not sent: ' . $response->get_error_message());
    }
}

/** The shopper's IP and browser, as WooCommerce reads them. */
function reclaim_client(): array
{
    return ['ip' => WC_Geolocation::get_ip_address(), 'user_agent' => wc_get_user_agent()];
}

/** The current cart as plain values for reclaim_cart_data(), with the contact typed so far. */
function reclaim_current_cart(array $contact): ?array
{
    if (!function_exists('WC') || !WC()->cart || !WC()->session) {
        return null;
    }
    $lines = [];
    foreach (WC()->cart->get_cart() as $line) {
        $product = $line['data'];
        $lines[] = [
            'product_id' => $line['product_id'],
            'variation_id' => $line['variation_id'],
            'title' => $product->get_name(),
            'variant_title' => $line['variation_id'] ? wc_get_formatted_variation($product, true, false) : null,
            'quantity' => $line['quantity'],
            'price' => $product->get_price(),
            'image_url' => wp_get_attachment_image_url($product->get_image_id(), 'thumbnail') ?: null,
        ];
    }
    $customer = WC()->customer;
    return reclaim_cart_data(array_merge(reclaim_client(), [
        'cart_id' => 'wc-session-' . WC()->session->get_customer_id(),
        'contact' => $contact,
        'lines' => $lines,
        'subtotal' => WC()->cart->get_subtotal(),
        'currency' => get_woocommerce_currency(),
        'recovery_url' => wc_get_cart_url(),
        'shipping' => $customer ? [
            'country' => $customer->get_shipping_country(),
            'province' => $customer->get_shipping_state(),
            'city' => $customer->get_shipping_city(),
            'zip' => $customer->get_shipping_postcode(),
        ] : [],
    ]));
}

/** The contact the session's customer has given so far. */
function reclaim_customer_contact(): array
{
    $customer = function_exists('WC') ? WC()->customer : null;
    if (!$customer) {
        return [];
    }
    return [
        'phone' => $customer->get_billing_phone(),
        'email' => $customer->get_billing_email(),
        'first_name' => $customer->get_billing_first_name(),
        'last_name' => $customer->get_billing_last_name(),
    ];
}

/** Sends consent.granted or consent.revoked when the box's state for the phone changed this session. */
function reclaim_consent_changed(bool $ticked, ?string $phone, string $page_url): void
{
    if (!function_exists('WC') || !WC()->session) {
        return;
    }
    $transition = reclaim_consent_transition($ticked, $phone, WC()->session->get('reclaim_sms_consent'));
    if ($transition === null) {
        return;
    }
    WC()->session->set('reclaim_sms_consent', $transition['state']);
    reclaim_send($transition['type'], reclaim_consent_data(array_merge(reclaim_client(), [
        'phone' => $phone,
        'disclosure' => reclaim_sms_disclosure(),
        'page_url' => $page_url,
    ])));
}

// Cart changes reach Reclaim as soon as the shopper is known.
add_action('woocommerce_cart_updated', function (): void {
    $data = reclaim_current_cart(reclaim_customer_contact());
    if ($data !== null) {
        reclaim_send('cart.updated', $data);
    }
});

// --- Classic checkout ------------------------------------------------------------------------------------

// The SMS box, never ticked on load, with its full wording beside it.
add_action('woocommerce_review_order_before_submit', function (): void {
    woocommerce_form_field('reclaim_sms_consent', [
        'type' => 'checkbox',
        'label' => esc_html(reclaim_sms_disclosure()),
        'required' => false,
    ], false);
});

// Ticking the box or typing a phone or email refreshes the order review, which reports them to the server.
add_action('wp_footer', function (): void {
    if (!function_exists('is_checkout') || !is_checkout() || has_block('woocommerce/checkout')) {
        return;
    }
    echo "<script>jQuery(function($){\$(document.body).on('change','#reclaim_sms_consent,#billing_phone,#billing_email',"
        . "function(){\$(document.body).trigger('update_checkout');});});</script>";
});

// The order review refresh (AJAX) carries every checkout field typed so far: no order exists yet.
add_action('woocommerce_checkout_update_order_review', function ($posted): void {
    $fields = [];
    parse_str(is_string($posted) ? $posted : '', $fields);
    $contact = [
        'phone' => $fields['billing_phone'] ?? null,
        'email' => $fields['billing_email'] ?? null,
        'first_name' => $fields['billing_first_name'] ?? null,
        'last_name' => $fields['billing_last_name'] ?? null,
    ];
    reclaim_consent_changed(!empty($fields['reclaim_sms_consent']), $contact['phone'], wc_get_checkout_url());
    $data = reclaim_current_cart($contact);
    if ($data !== null) {
        reclaim_send('checkout.started', $data);
    }
});

// --- Block checkout (WooCommerce 8.9+) -------------------------------------------------------------------

add_action('woocommerce_init', function (): void {
    if (function_exists('woocommerce_register_additional_checkout_field')) {
        woocommerce_register_additional_checkout_field([
            'id' => 'reclaim/sms-consent',
            'label' => reclaim_sms_disclosure(),
            'location' => 'order',
            'type' => 'checkbox',
        ]);
    }
});

add_action('woocommerce_blocks_loaded', function (): void {
    if (function_exists('woocommerce_store_api_register_update_callback')) {
        // Called by the script below through the Store API (extensionCartUpdate), while the shopper is at checkout.
        woocommerce_store_api_register_update_callback([
            'namespace' => 'reclaim',
            'callback' => function ($data): void {
                $data = is_array($data) ? $data : [];
                $phone = isset($data['phone']) ? sanitize_text_field((string) $data['phone']) : null;
                $email = isset($data['email']) ? sanitize_email((string) $data['email']) : null;
                $page = isset($data['page_url']) ? esc_url_raw((string) $data['page_url']) : wc_get_checkout_url();
                reclaim_consent_changed(!empty($data['sms_consent']), $phone, $page);
                $cart = reclaim_current_cart(['phone' => $phone, 'email' => $email]);
                if ($cart !== null) {
                    reclaim_send('checkout.started', $cart);
                }
            },
        ]);
    }
});

// Reports the box and the contact fields of the block checkout as they change.
add_action('wp_footer', function (): void {
    if (!function_exists('has_block') || !has_block('woocommerce/checkout')) {
        return;
    }
    echo "<script>document.addEventListener('change',function(e){var t=e.target;if(!t||!t.id)return;"
        . "if(!/reclaim.sms-consent$|^(billing|shipping)-phone$|^email$/.test(t.id))return;"
        . "var q=function(s){var n=document.querySelector(s);return n?n.value:null;};"
        . "var box=document.querySelector('input[id$=\"reclaim/sms-consent\"],input[id$=\"reclaim-sms-consent\"]');"
        . "if(!window.wc||!wc.blocksCheckout||!wc.blocksCheckout.extensionCartUpdate)return;"
        . "wc.blocksCheckout.extensionCartUpdate({namespace:'reclaim',data:{sms_consent:!!(box&&box.checked),"
        . "phone:q('#billing-phone')||q('#shipping-phone'),email:q('#email'),page_url:location.href}});});</script>";
});
