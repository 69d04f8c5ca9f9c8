<?php
/**
 * Tests of the payloads the plugin builds and their signatures, with the WordPress functions stubbed.
 *
 *   php integrations/woocommerce/tests/payloads-test.php                   # check
 *   php integrations/woocommerce/tests/payloads-test.php --write-fixtures  # rewrite the Swift fixtures
 *
 * The fixtures (Tests/ReclaimCommerceTests/Fixtures/woocommerce/plugin_*.json) are requests exactly as the
 * plugin sends them; a Swift test posts them to Reclaim's real route and checks they are accepted.
 * Exit status 0 when every check passes.
 */

define('ABSPATH', __DIR__ . '/');

// --- WordPress / WooCommerce stubs -------------------------------------------------------------------------
function wp_json_encode($data, $options = 0, $depth = 512)
{
    return json_encode($data, $options, $depth);
}
function wc_get_price_decimals(): int
{
    return 2;
}
function get_locale(): string
{
    return 'en_US';
}

require __DIR__ . '/../includes/payloads.php';

$failures = 0;
$checks = 0;
function check(string $name, bool $ok, string $detail = ''): void
{
    global $failures, $checks;
    $checks++;
    if (!$ok) {
        $failures++;
        fwrite(STDERR, "FAIL: $name" . ($detail !== '' ? " ($detail)" : '') . "\n");
    }
}

/** HMAC-SHA256 by its RFC 2104 definition, independently of hash_hmac(). */
function rfc2104(string $key, string $message): string
{
    if (strlen($key) > 64) {
        $key = hash('sha256', $key, true);
    }
    $key = str_pad($key, 64, "\0");
    $inner = hash('sha256', ($key ^ str_repeat("\x36", 64)) . $message, true);
    return hash('sha256', ($key ^ str_repeat("\x5c", 64)) . $inner, true);
}

const SECRET = 'woo-test-secret';          // Commerce.wooSecret in the Swift tests
const DISCLOSURE = 'Text me recurring automated marketing messages (e.g. cart reminders) from Summit Outfitters at '
    . 'the number provided. Consent is not a condition of purchase. Msg frequency varies. Msg & data rates may apply. '
    . 'Reply HELP for help, STOP to cancel. See our Terms and Privacy Policy.';
const WHEN = '2026-12-07T18:30:00+00:00';

// --- Signatures ------------------------------------------------------------------------------------------
$body = '{"type":"consent.granted"}';
check('signature is base64 HMAC-SHA256 of the raw body', reclaim_signature($body, SECRET) === base64_encode(rfc2104(SECRET, $body)));
check('a different body signs differently', reclaim_signature($body . ' ', SECRET) !== reclaim_signature($body, SECRET));
check('a different secret signs differently', reclaim_signature($body, 'other') !== reclaim_signature($body, SECRET));

// --- Consent at checkout, before any order ---------------------------------------------------------------
$consent = reclaim_consent_data([
    'phone' => ' (312) 555-0142 ', 'disclosure' => DISCLOSURE, 'ip' => '203.0.113.9',
    'user_agent' => 'Mozilla/5.0 (X11; Linux x86_64)', 'page_url' => 'https://summit.example/checkout/',
]);
check('consent names the channel', $consent['channel'] === 'sms');
check('consent phone is trimmed', $consent['phone'] === '(312) 555-0142');
check('consent source is the checkout box', $consent['source'] === 'checkout_checkbox');
check('consent carries the exact wording', $consent['disclosure_text'] === DISCLOSURE);
check('consent carries ip, browser and page', $consent['ip'] === '203.0.113.9' && $consent['page_url'] === 'https://summit.example/checkout/');

$envelope = reclaim_envelope('consent.granted', $consent, WHEN);
check('envelope has type, id, time and data', array_keys($envelope) === ['type', 'id', 'occurred_at', 'data']);
check('envelope id is stable', $envelope['id'] === reclaim_envelope('consent.granted', $consent, WHEN)['id']);
check('envelope id differs by type', $envelope['id'] !== reclaim_envelope('consent.revoked', $consent, WHEN)['id']);

$request = reclaim_request('https://reclaim.example.com/', 'summit', SECRET, 'https://summit.example/', $envelope);
check('posts to the WooCommerce webhook route', $request['url'] === 'https://reclaim.example.com/webhooks/woocommerce/summit', $request['url']);
check('topic is reclaim.event', $request['headers']['X-WC-Webhook-Topic'] === 'reclaim.event');
check('delivery id is the event id', $request['headers']['X-WC-Webhook-Delivery-ID'] === $envelope['id']);
check('body is the envelope', json_decode($request['body'], true) === $envelope);
check('slashes stay unescaped', strpos($request['body'], '\\/') === false);
check(
    'the request is signed over its exact body',
    $request['headers']['X-WC-Webhook-Signature'] === base64_encode(rfc2104(SECRET, $request['body']))
);

// --- The box's transitions -------------------------------------------------------------------------------
$first = reclaim_consent_transition(true, '3125550142', null);
check('ticking sends a grant', $first !== null && $first['type'] === 'consent.granted');
check('ticking again sends nothing', reclaim_consent_transition(true, '3125550142', $first['state']) === null);
$other = reclaim_consent_transition(true, '3125550199', $first['state']);
check('a new phone while ticked sends a grant for it', $other !== null && $other['type'] === 'consent.granted');
$revoked = reclaim_consent_transition(false, '3125550142', $first['state']);
check('unticking after a grant sends a revocation', $revoked !== null && $revoked['type'] === 'consent.revoked');
check('unticked without a grant sends nothing', reclaim_consent_transition(false, '3125550142', null) === null);
check('no phone sends nothing', reclaim_consent_transition(true, '  ', null) === null);

// --- The cart during checkout ----------------------------------------------------------------------------
$cartInput = [
    'cart_id' => 'wc-session-42',
    'contact' => ['phone' => '3125550142', 'email' => 'ana@shopper.example', 'first_name' => 'Ana', 'last_name' => ''],
    'lines' => [
        ['product_id' => 101, 'variation_id' => 0, 'title' => 'Switchback Tent', 'quantity' => '1', 'price' => '299.00'],
        ['product_id' => 102, 'variation_id' => 205, 'title' => 'Trail Mug', 'variant_title' => 'Green', 'quantity' => 2,
            'price' => '12.5', 'image_url' => 'https://summit.example/mug.jpg'],
    ],
    'subtotal' => '324.00', 'currency' => 'USD', 'recovery_url' => 'https://summit.example/cart/',
    'shipping' => ['country' => 'US', 'province' => 'IL', 'city' => 'Chicago', 'zip' => '60601'],
    'ip' => '203.0.113.9', 'user_agent' => 'Mozilla/5.0 (X11; Linux x86_64)',
];
$cart = reclaim_cart_data($cartInput);
check('prices are minor units', $cart['items'][0]['price'] === 29900 && $cart['items'][1]['price'] === 1250);
check('subtotal is minor units', $cart['subtotal'] === 32400);
check('a simple product has no variant', $cart['items'][0]['variant_id'] === null);
check('a variation keeps its id', $cart['items'][1]['variant_id'] === '205');
check('ids are strings', $cart['items'][0]['product_id'] === '101');
check('quantities are integers', $cart['items'][0]['quantity'] === 1);
check('blank names are null', $cart['contact']['last_name'] === null);
check('locale comes from WordPress', $cart['contact']['locale'] === 'en_US');
check('no contact, no cart', reclaim_cart_data(['cart_id' => 'x', 'contact' => ['phone' => ' '], 'currency' => 'USD']) === null);

// --- Fixtures for the Swift test -------------------------------------------------------------------------
$fixtures = [
    'plugin_consent_granted.json' => reclaim_request('https://reclaim.example.com', 'summit', SECRET, 'https://summit.example/', $envelope),
    'plugin_checkout_started.json' => reclaim_request(
        'https://reclaim.example.com', 'summit', SECRET, 'https://summit.example/', reclaim_envelope('checkout.started', $cart, WHEN)
    ),
];
$directory = __DIR__ . '/../../../Tests/ReclaimCommerceTests/Fixtures/woocommerce/';
$write = in_array('--write-fixtures', $argv, true);
foreach ($fixtures as $name => $request) {
    $fixture = [
        'topic' => $request['headers']['X-WC-Webhook-Topic'],
        'delivery_id' => $request['headers']['X-WC-Webhook-Delivery-ID'],
        'signature' => $request['headers']['X-WC-Webhook-Signature'],
        'body' => $request['body'],
    ];
    $text = json_encode($fixture, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n";
    if ($write) {
        file_put_contents($directory . $name, $text);
        echo "wrote $name\n";
    } else {
        $committed = @file_get_contents($directory . $name);
        check("fixture $name matches what the plugin builds (rerun with --write-fixtures)", $committed === $text);
    }
}

if ($failures > 0) {
    fwrite(STDERR, "$failures of $checks checks failed\n");
    exit(1);
}
echo "payloads-test: $checks checks passed\n";
