extension OptOutPhrases {
    /// English revocations: stop/quit/refrain + contact; negation + contact verb + me; "don't want"
    /// + messages; removal of the shopper or the number; lists; unsubscribe; consent never given
    /// or given only for order updates; spam reports; being done with the texts; wrong number.
    static let english: [PhrasePattern] = [
        PhrasePattern("en.stop_contact",
                      "stop|stp|stoop|stopped|stopping|stopall|quit|cease|end|halt|refrain|discontinue it? with|from? "
                          + "the|these|those|your|all|my|this? \(messageAdjectives)? \(contactObjects)", negatable: true),
        PhrasePattern("en.stop_now", "stop|stopall|quit now|already|asap|immediately|please", negatable: true),
        PhrasePattern("en.please_stop", "please|just|kindly|ok|okay|now|so|seriously|interested|thanks|thx stop|quit $"),
        PhrasePattern("en.cut_it_out",
                      "cut|knock it out|off with|w the|these|your|all? \(messageAdjectives)? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.give_it_a_rest", "give it a rest with|w the|these|your|all? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.spamming_me", "spamming|harassing|harrassing me|us|my|$"),
        PhrasePattern("en.spammers", "spammer|spammers|spammy"),
        PhrasePattern("en.stop_at_once", "stop|stopall|quit|cease at|right once|now|away", negatable: true),
        PhrasePattern("en.said_stop",
                      "said|say|says|told|telling|asked|asking|texted|replied|wrote you? to? stop|quit|unsubscribe|cancel|end"),
        PhrasePattern("en.dont_contact",
                      "dont|never|not ever? \(contactVerbs) me|us|again|anymore|ever|here|this|no"),
        PhrasePattern("en.dont_send", "dont|never|not send|sending me? any? more|anymore|anything|stuff|these|\(messageNouns)"),
        PhrasePattern("en.dont_want",
                      "dont|never|no|longer want|need|wish|like|wanna any|these|those|your|this|the|more? more? "
                          + "\(messageAdjectives)? \(messageNouns)"),
        PhrasePattern("en.dont_want_to_get",
                      "dont|never|longer want|wanna|need|wish to? get|receive|getting|receiving any|these|those|your|the|such? "
                          + "more? \(messageNouns)"),
        PhrasePattern("en.dont_want_these",
                      "dont|never|longer want|wanna|need to? get|receive|getting|receiving these|those|them|this|any anymore|again|$"),
        PhrasePattern("en.rather_not", "rather|prefer not|no get|receive|getting|have? any? more? \(messageNouns)"),
        PhrasePattern("en.no_more", "no more|longer \(messageAdjectives)? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.enough_texts", "enough \(messageAdjectives)? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.want_out", "want|wanna out $"),
        PhrasePattern("en.count_me_out", "count me|us out"),
        PhrasePattern("en.no_more_of", "no more of these|this|those|your|them|it"),
        PhrasePattern("en.no_texts", "no \(messageNouns) please|thanks|thank|anymore|again|ever|$"),
        PhrasePattern("en.no_ads", "no|not ads|advertising|advertisements|adverts|marketing|promos|promotions|promotional"),
        PhrasePattern("en.remove_me", "remove|delete|erase|drop|scratch|exclude|unsubscribe|unsub me|us"),
        PhrasePattern("en.remove_number",
                      "remove|delete|erase|drop|lose|forget|scratch|purge my|our|this number|phone|info|information|details|"
                          + "contact|cell|data"),
        PhrasePattern("en.take_me_off", "take|get me|us|my|our number|phone? off|out|of"),
        PhrasePattern("en.want_off", "want|need me? off|out of? this|your|the list|thing"),
        PhrasePattern("en.off_list",
                      "off|from your|ur|the|this|ya? mailing|texting|text|sms|contact|marketing|call|email? list"),
        PhrasePattern("en.unsubscribe", "unsubscrib*|unsub*|unsuscrib*|unsubcrib*|unscrib*|unsusbcrib*", negatable: true),
        PhrasePattern("en.opt_out", "optout*", negatable: true),
        PhrasePattern("en.opt_me_out", "opt me|us out", negatable: true),
        PhrasePattern("en.leave_alone", "leave|let me|us alone|alon|be"),
        PhrasePattern("en.rude", "fuck|f|piss|bugger|sod|buzz off|you"),
        PhrasePattern("en.wrong_number", "wrong number|person|phone|guy|girl|recipient|num", reassigned: true),
        PhrasePattern("en.not_me", "not|aint my number|phone", reassigned: true),
        // "I never signed up for an account" is about the website: the object must be the texts, or nothing.
        PhrasePattern("en.never_signed_up",
                      "never|didnt sign|signed|subscribe|subscribed|opt|opted|agree|agreed|ask|asked|register|registered|"
                          + "consent|consented|join|joined up|in? for|to? this|these|that|your|any|it|them|anything|"
                          + "\(messageNouns)|$"),
        PhrasePattern("en.when_signed_up", "when|where did i|we ever? sign|signup|subscribe|opt|agree|register|consent"),
        PhrasePattern("en.not_interested_in_texts", "not|no interested|interest in your|these|the|any? \(messageNouns)|texting"),
        PhrasePattern("en.never_gave_number", "never|didnt gave|give|given|shared|share you|yall? my|this number|phone|cell"),
        PhrasePattern("en.no_permission", "never|didnt|not gave|give|given|granted you? permission|consent"),
        PhrasePattern("en.who_gave", "who|where gave|give you|yall? my|this number|info|details"),
        PhrasePattern("en.how_got_number", "how|where did|do|does|d you|yall|they get|got|find my|this number|info|details"),
        PhrasePattern("en.only_for_orders",
                      "only|just gave|give|shared|provided|entered|left|used my|our|the number|phone|cell|info|contact"),
        PhrasePattern("en.updates_only", "updates|receipts|confirmations only"),
        PhrasePattern("en.spam", "this|its|is|thats|such|total|pure|just|more spam|spammy|harassment|harrassment"),
        PhrasePattern("en.report_spam", "report|reporting|reported|mark|marking|marked|flag|flagging|flagged as? spam|junk"),
        PhrasePattern("en.done_with",
                      "done|finished|sick|tired|fed|enough up? with|of the|these|your|all|those|this|receiving|getting? "
                          + "constant|endless? \(messageNouns)|texting|messaging"),
        PhrasePattern("en.blowing_up", "blow|blowing|blew up my|our phone|cell|line"),
        PhrasePattern("en.cancel_subscription",
                      "cancel|end|stop my|the|these|this|all? subscription|texts|text|messages|alerts|notifications|sms|txts",
                      negatable: true),
        PhrasePattern("en.block", "blocking|reporting you|this|your"),
        PhrasePattern("en.block_you", "block|report you"),
    ]
}
