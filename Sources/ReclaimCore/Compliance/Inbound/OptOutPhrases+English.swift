extension OptOutPhrases {
    /// English revocations: stop/quit/refrain + contact; negation + contact verb + me; "don't want"
    /// + messages; removal of the shopper or the number; lists; unsubscribe; consent never given
    /// or given only for order updates; spam reports; being done with the texts; wrong number.
    static let english: [PhrasePattern] = [
        PhrasePattern(
            "en.stop_contact",
            "stop|stp|stoop|stopped|stopping|stopall|quit|cease|end|halt|refrain|discontinue it? with|from? "
                + "the|these|those|your|all|my|this? \(messageAdjectives)? \(contactObjects)", negatable: true),
        PhrasePattern("en.stop_now", "stop|stopall|quit|cease now|already|asap|immediately|please", negatable: true),
        // "Cease and desist all text messages", "cease immediately".
        PhrasePattern("en.cease", "cease|desist and|or|&? desist|cease|$|now|immediately|asap|all|contacting|contact"),
        // "Can I stop getting these messages?", "how do I quit receiving these".
        PhrasePattern(
            "en.stop_getting",
            "stop|stp|quit|cease|avoid|end getting|receiving these|those|them|this|$|your|the|all|any|such? "
                + "\(messageAdjectives)? \(messageNouns)|these|them|$", negatable: true),
        // "How do I turn these off?", "switch off the notifications".
        PhrasePattern("en.turn_off", "turn|switch|shut|shutoff these|those|them|your|the|all|ur? *? \(messageNouns)|these|them off"),
        PhrasePattern(
            "en.turn_off_these",
            "turn|switch|shut off these|those|them|your|the|all|ur? *? \(messageNouns)|these|them"),
        PhrasePattern("en.please_stop", "please|just|kindly|ok|okay|now|so|seriously|interested|thanks|thx stop|quit $"),
        PhrasePattern(
            "en.cut_it_out",
            "cut|knock it out|off with|w the|these|your|all? \(messageAdjectives)? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.give_it_a_rest", "give it a rest with|w the|these|your|all? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.spamming_me", "spamming|harassing|harrassing me|us|my|$"),
        PhrasePattern("en.spammers", "spammer|spammers|spammy"),
        PhrasePattern("en.stop_at_once", "stop|stopall|quit|cease at|right once|now|away", negatable: true),
        PhrasePattern(
            "en.said_stop",
            "said|say|says|told|telling|asked|asking|texted|replied|wrote you? to? stop|quit|unsubscribe|cancel|end"),
        PhrasePattern(
            "en.dont_contact",
            "dont|never|not ever? \(contactVerbs) me|us|again|anymore|ever|here|this|no"),
        // "Not interested. Do not contact." — a bare order at the end of its clause.
        PhrasePattern("en.dont_contact_end", "dont|never contact|text|txt|message|msg|sms|spam|recontact $|please|pls|thanks"),
        PhrasePattern("en.dont_send", "dont|never|not send|sending me? any? more|anymore|anything|stuff|these|\(messageNouns)"),
        PhrasePattern(
            "en.dont_want",
            "dont|never|no|longer want|need|wish|like|wanna any|these|those|your|this|the|more? more? "
                + "\(messageAdjectives)? \(messageNouns)"),
        PhrasePattern(
            "en.dont_want_to_get",
            "dont|never|longer want|wanna|need|wish to? get|receive|getting|receiving any|these|those|your|the|such? "
                + "more? \(messageNouns)"),
        PhrasePattern(
            "en.dont_want_these",
            "dont|never|longer want|wanna|need to? get|receive|getting|receiving these|those|them|this|any anymore|again|$"),
        PhrasePattern(
            "en.rather_not",
            "rather|prefer not|no to? get|receive|getting|receiving|have any|these|the|your|such? more? "
                + "\(messageAdjectives)? \(messageNouns)|these|them"),
        PhrasePattern("en.rather_not_be", "rather|prefer not|no to? be texted|messaged|contacted|spammed|emailed|bothered"),
        PhrasePattern("en.no_more", "no more|longer \(messageAdjectives)? \(messageNouns)|texting|messaging"),
        // "no more coffee texts": any one word (the product) may stand before the messages.
        PhrasePattern("en.no_more_product", "no more|longer * \(pluralMessageNouns)"),
        PhrasePattern("en.enough_texts", "enough \(messageAdjectives)? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.want_out", "want|wanna out $"),
        PhrasePattern("en.count_me_out", "count me|us out"),
        PhrasePattern("en.no_more_of", "no more of these|this|those|your|them|it"),
        PhrasePattern("en.no_texts", "no \(messageNouns) please|thanks|thank|anymore|again|ever|$"),
        PhrasePattern("en.no_ads", "no|not ads|advertising|advertisements|adverts|marketing|promos|promotions|promotional"),
        PhrasePattern("en.remove_me", "remove|delete|erase|drop|scratch|exclude|unsubscribe|unsub me|us"),
        PhrasePattern(
            "en.remove_number",
            "remove|delete|erase|drop|lose|forget|scratch|purge my|our|this number|phone|info|information|details|"
                + "contact|cell|data"),
        // "remove number pls" (but "remove #3 from my cart" is an item).
        PhrasePattern(
            "en.remove_bare_number",
            "remove|delete|erase|lose|purge|forget number $|please|pls|thanks|thx|from|now|asap|off|permanently"),
        // "forget you ever had this number", "lose this number you have".
        PhrasePattern(
            "en.forget_number",
            "forget|lose|delete|erase you|u|yall|ya? ever|even? had|have|got|saved|know my|this|our number|phone|cell"),
        PhrasePattern("en.forget_me", "forget|lose me|us $|please|pls|now|already|completely", negatable: true),
        // "Please block my number from your system", "add me to your do not call list".
        PhrasePattern(
            "en.block_number",
            "block|blacklist|blocklist|ban|suppress my|this|our number|phone|cell|contact"),
        PhrasePattern(
            "en.do_not_call_list",
            "dont|dnc call|text|contact|txt|sms|message|disturb? list|registry|register"),
        PhrasePattern("en.take_me_off", "take|get me|us|my|our number|phone? off|out|of"),
        PhrasePattern("en.want_off", "want|need me? off|out of? this|your|the list|thing"),
        PhrasePattern(
            "en.off_list",
            "off|from your|ur|the|this|ya? mailing|texting|text|sms|contact|marketing|call|email? list"),
        PhrasePattern("en.unsubscribe", "unsubscrib*|unsub*|unsuscrib*|unsubcrib*|unscrib*|unsusbcrib*", negatable: true),
        PhrasePattern("en.opt_out", "optout*", negatable: true),
        PhrasePattern("en.opt_me_out", "opt me|us out", negatable: true),
        // "I'm opting out.", "I opted out last week".
        // ("I opted out of the warranty" is about something else.)
        PhrasePattern(
            "en.opting_out",
            "opting|opted|opts|optin out $|now|already|last|again|and|but|please|pls|thanks|thx|yesterday|before",
            negatable: true),
        PhrasePattern(
            "en.opting_out_of",
            "opting|opted|opts|optin out of|from these|this|your|the|all|ur? \(messageAdjectives)? "
                + "\(messageNouns)|these|this|them|texting|messaging", negatable: true),
        PhrasePattern("en.leave_alone", "leave|let me|us alone|alon|be"),
        PhrasePattern("en.rude", "fuck|f|piss|bugger|sod|buzz off|you"),
        PhrasePattern("en.wrong_number", "wrong number|person|phone|guy|girl|recipient|num", reassigned: true),
        PhrasePattern("en.not_me", "not|aint my number|phone", reassigned: true),
        // "I never signed up for an account" is about the website: the object must be the texts, or nothing.
        PhrasePattern(
            "en.never_signed_up",
            "never|didnt sign|signed|subscribe|subscribed|opt|opted|agree|agreed|ask|asked|register|registered|"
                + "consent|consented|join|joined up|in? for|to? this|these|that|your|any|it|them|anything|"
                + "\(messageNouns)|$"),
        PhrasePattern("en.when_signed_up", "when|where did i|we ever? sign|signup|subscribe|opt|agree|register|consent"),
        PhrasePattern("en.not_interested_in_texts", "not|no interested|interest in your|these|the|any? \(messageNouns)|texting"),
        PhrasePattern("en.never_gave_number", "never|didnt gave|give|given|shared|share you|yall? my|this number|phone|cell"),
        PhrasePattern("en.no_permission", "never|didnt|not gave|give|given|granted you? permission|consent"),
        PhrasePattern("en.who_gave", "who|where gave|give you|yall? my|this number|info|details"),
        PhrasePattern("en.how_got_number", "how|where did|do|does|d you|yall|they get|got|find my|this number|info|details"),
        PhrasePattern(
            "en.only_for_orders",
            "only|just gave|give|shared|provided|entered|left|used my|our|the number|phone|cell|info|contact"),
        PhrasePattern("en.updates_only", "updates|receipts|confirmations only"),
        PhrasePattern("en.spam", "this|its|is|thats|such|total|pure|just|more spam|spammy|harassment|harrassment|illegal"),
        // "Texting me without my consent", "you never had my permission" ("my son ordered it without my
        // permission" is about an order: the texting must be named, or "you").
        PhrasePattern(
            "en.without_consent",
            "texting|messaging|contacting|text|message|contact|texted|messaged|contacted|spamming|texts|messages me|us? "
                + "without|no my|our|any? consent|permission|authorization|authorisation|approval"),
        PhrasePattern(
            "en.never_had_consent",
            "you|u|yall never|dont|didnt had|have|get|got|ask|asked my|our|any|for consent|permission"),
        // The law on texting and its regulators: "TCPA violation", "I'll report you to the FTC" (but "is it
        // FCC certified?" is about a product).
        PhrasePattern("en.regulator", "tcpa|dnc|robotext|robotexts"),
        PhrasePattern("en.to_the_regulator", "to|with|call|calling|contact|contacting|report|reporting|tell|telling the? ftc|fcc"),
        PhrasePattern("en.report_spam", "report|reporting|reported|mark|marking|marked|flag|flagging|flagged as? spam|junk"),
        PhrasePattern(
            "en.done_with",
            "done|finished|sick|tired|fed|enough up? with|of the|these|your|all|those|this|receiving|getting? "
                + "constant|endless? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.blowing_up", "blow|blowing|blew up my|our phone|cell|line"),
        PhrasePattern(
            "en.cancel_subscription",
            "cancel|end|stop my|the|these|this|all? subscription|texts|text|messages|alerts|notifications|sms|txts",
            negatable: true),
        PhrasePattern("en.block", "blocking|reporting you|this|your"),
        PhrasePattern("en.block_you", "block|report|reporting you|yall|ya"),
        // "I'm going to report this number" ("report your store" may be about an order).
        PhrasePattern("en.report_number", "report|reporting|reported|block|blocking|blocked this|your|ur number"),
    ]
}
