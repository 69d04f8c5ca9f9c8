<?php
/**
 * What the Reclaim plugin sends, built from plain values so that it can be tested without WordPress
 * (tests/payloads-test.php stubs the few WordPress functions used here).
 *
 * Every event goes to Reclaim's WooCommerce webhook route, POST {RECLAIM_URL}/webhooks/woocommerce/{store},
 * signed exactly like WooCommerce's own webhooks: X-WC-Webhook-Signature is the base64 HMAC-SHA256 of the
 * raw body keyed with the store's `woocommerce.secret`. The topic is `reclaim.event`; the body is a Reclaim
 * generic event envelope {"type", "id", "occurred_at", "data"}.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The topic Reclaim reads the plugin's events under. */
const RECLAIM_TOPIC = 'reclaim.event';

/** The body exactly as sent and signed. */
function reclaim_encode(array $envelope): string
{
    return (string) wp_json_encode($envelope, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
}

/** Base64 HMAC-SHA256 of the raw body: WooCommerce's webhook signature scheme. */
function reclaim_signature(string $body, string $secret): string
{
    return base64_encode(hash_hmac('sha256', $body, $secret, true));
}

/**
 * One event envelope. The id is derived from the type and data, so the same event sent twice is one
 * delivery to Reclaim (it dedupes on X-WC-Webhook-Delivery-ID).
 */
function reclaim_envelope(string $type, array $data, string $occurred_at): array
{
    $id = 'wc_' . str_replace('.', '_', $type) . '_' . substr(hash('sha256', reclaim_encode($data)), 0, 32);
    return ['type' => $type, 'id' => $id, 'occurred_at' => $occurred_at, 'data' => $data];
}

/**
 * The HTTP request for one envelope: ['url', 'headers', 'body'].
 *
 * @param string $reclaim_url Reclaim's public URL (RECLAIM_URL).
 * @param string $store       The store id in reclaim.yml (RECLAIM_STORE).
 * @param string $secret      The store's woocommerce.secret (RECLAIM_SECRET).
 * @param string $site_url    This shop's address, sent as X-WC-Webhook-Source (informational).
 */
function reclaim_request(string $reclaim_url, string $store, string $secret, string $site_url, array $envelope): array
{
    $body = reclaim_encode($envelope);
    return [
        'url' => rtrim($reclaim_url, '/') . '/webhooks/woocommerce/' . rawurlencode($store),
        'headers' => [
            'Content-Type' => 'application/json',
            'X-WC-Webhook-Topic' => RECLAIM_TOPIC,
            'X-WC-Webhook-Delivery-ID' => $envelope['id'],
            'X-WC-Webhook-Source' => $site_url,
            'X-WC-Webhook-Signature' => reclaim_signature($body, $secret),
        ],
        'body' => $body,
    ];
}

/** A value, or null when blank. */
function reclaim_or_null($value): ?string
{
    $text = is_string($value) ? trim($value) : (is_scalar($value) ? (string) $value : '');
    return $text === '' ? null : $text;
}

/**
 * consent.granted / consent.revoked data for the SMS box at checkout, with the exact wording shown next to it.
 *
 * @param array $input phone, disclosure, ip, user_agent, page_url
 */
function reclaim_consent_data(array $input): array
{
    return [
        'channel' => 'sms',
        'phone' => reclaim_or_null($input['phone'] ?? null),
        'source' => 'checkout_checkbox',
        'disclosure_text' => (string) ($input['disclosure'] ?? ''),
        'ip' => reclaim_or_null($input['ip'] ?? null),
        'user_agent' => reclaim_or_null($input['user_agent'] ?? null),
        'page_url' => reclaim_or_null($input['page_url'] ?? null),
    ];
}

/** Minor units of a price with the store's number of decimals. */
function reclaim_minor($amount): int
{
    return (int) round(((float) $amount) * pow(10, wc_get_price_decimals()));
}

/**
 * cart.updated data from plain values (the plugin reads them from WC()).
 *
 * @param array $input cart_id, contact {phone, email, first_name, last_name}, lines [{product_id, variation_id,
 *                     title, variant_title, quantity, price, image_url}], subtotal, currency, recovery_url,
 *                     shipping {country, province, city, zip}, ip, user_agent
 * @return array|null null when there is no phone or email to reach.
 */
function reclaim_cart_data(array $input): ?array
{
    $contact = $input['contact'] ?? [];
    $phone = reclaim_or_null($contact['phone'] ?? null);
    $email = reclaim_or_null($contact['email'] ?? null);
    if ($phone === null && $email === null) {
        return null;
    }
    $items = [];
    foreach ($input['lines'] ?? [] as $line) {
        $variation = reclaim_or_null($line['variation_id'] ?? null);
        $items[] = [
            'product_id' => (string) $line['product_id'],
            'variant_id' => $variation === '0' ? null : $variation,
            'title' => (string) $line['title'],
            'variant_title' => reclaim_or_null($line['variant_title'] ?? null),
            'quantity' => (int) $line['quantity'],
            'price' => reclaim_minor($line['price']),
            'image_url' => reclaim_or_null($line['image_url'] ?? null),
        ];
    }
    $shipping = $input['shipping'] ?? [];
    return [
        'cart_id' => (string) $input['cart_id'],
        'contact' => [
            'phone' => $phone,
            'email' => $email,
            'first_name' => reclaim_or_null($contact['first_name'] ?? null),
            'last_name' => reclaim_or_null($contact['last_name'] ?? null),
            'locale' => get_locale(),
        ],
        'items' => $items,
        'subtotal' => reclaim_minor($input['subtotal'] ?? 0),
        'currency' => (string) $input['currency'],
        'recovery_url' => reclaim_or_null($input['recovery_url'] ?? null),
        'shipping_address' => [
            'country' => reclaim_or_null($shipping['country'] ?? null),
            'province' => reclaim_or_null($shipping['province'] ?? null),
            'city' => reclaim_or_null($shipping['city'] ?? null),
            'zip' => reclaim_or_null($shipping['zip'] ?? null),
        ],
        'ip' => reclaim_or_null($input['ip'] ?? null),
        'user_agent' => reclaim_or_null($input['user_agent'] ?? null),
    ];
}

/**
 * What the SMS box says at checkout changed for one phone: the event to send (consent.granted when ticked,
 * consent.revoked when unticked after a grant), or null when nothing changed since the last one sent.
 *
 * @param bool        $ticked    Whether the box is ticked now.
 * @param string|null $phone     The billing phone typed so far.
 * @param string|null $last_sent What was last sent this session ("granted:<phone>" or "revoked:<phone>").
 * @return array|null ['type' => ..., 'state' => the new last_sent value]
 */
function reclaim_consent_transition(bool $ticked, ?string $phone, ?string $last_sent): ?array
{
    $phone = reclaim_or_null($phone);
    if ($phone === null) {
        return null;
    }
    if ($ticked) {
        $state = 'granted:' . $phone;
        return $state === $last_sent ? null : ['type' => 'consent.granted', 'state' => $state];
    }
    // Unticked: only a grant sent for this phone needs taking back.
    return $last_sent === 'granted:' . $phone ? ['type' => 'consent.revoked', 'state' => 'revoked:' . $phone] : null;
}
