/// The coarse class of a browser's user agent, recorded with a click instead of the full string.
enum UserAgentClass: String, Sendable {
    /// Link previews and crawlers (iMessage, WhatsApp, Slack, Facebook, Twitter, Telegram…): not clicks.
    case bot
    /// Phones and tablets.
    case mobile
    /// Everything else with a browser engine.
    case desktop
    /// Scripts and unknown clients.
    case other

    /// Classifies a `User-Agent` header.
    static func of(_ userAgent: String?) -> UserAgentClass {
        guard let agent = userAgent?.lowercased(), !agent.isEmpty else { return .other }
        let previewers = [
            "facebookexternalhit", "facebot", "twitterbot", "slackbot", "whatsapp", "telegrambot", "discordbot",
            "linkedinbot", "skypeuripreview", "googlebot", "bingbot", "applebot", "preview", "crawler", "spider",
        ]
        if previewers.contains(where: agent.contains) || agent.hasSuffix("bot") { return .bot }
        if ["iphone", "ipad", "android", "mobile"].contains(where: agent.contains) { return .mobile }
        if agent.contains("mozilla") { return .desktop }
        return .other
    }
}
