extension IntentLexicon {
    /// Where the shopper stands: later, no, already bought, stop, help, start, wrong number.
    static let conversation: [IntentPattern] = rules([
        // defer
        (.defer, 1.1, "check clears, ask|text|remind me again|later, in a week|month, la semana que viene, je verrai, mois prochain"),
        (.defer, 1.0, "after christmas|holidays|payday|vacation"),
        (.defer, 1.0, "later|payday|paycheck|paid|salary, pay day, get paid, tax refund"),
        (.defer, 0.9, "next|this|coming week|month|weekend|friday|payday, couple|few weeks|days, in 2|3|two|few weeks|days"),
        (.defer, 1.1, "not right now, not today|yet|now, remind me, think about it|this, saving up, saving for"),
        (.defer, 0.8, "wait|waiting|busy|eventually, hold off"),
        (.defer, 0.9, "wait|waiting til|till|until|for, closer to the|my"),
        (.defer, 1.0, "talk|check with|to my|the wife|husband|partner|boyfriend|girlfriend|mom|dad, ask my wife|husband|partner|mom|dad"),
        (.defer, 1.0, "after the|my holidays|christmas|vacation|trip, end of the month"),
        (.defer, 0.6, "friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow|weekend"),
        (.defer, 1.0, "luego|despues|quincena|pago, mas tarde, proxima semana|quincena, otro dia, fin de mes"),
        (.defer, 1.0, "attendre|paie, plus tard, fin du mois, semaine prochaine, pas maintenant"),
        // not interested
        (.notInterested, 1.1, "^ im good, different|another tent|one|brand|jacket|model"),
        (.notInterested, 1.2, "not interested, no longer interested, changed my mind, decided not to, not for me"),
        (.notInterested, 1.0, "^ no|nah|nope thanks $, ^ no thank you, ^ nah|nope, ^ no $, ^ pass $, ^ nah|no im good"),
        (.notInterested, 1.1, "dont|didnt need|want it|this|them anymore|now, dont need it|this, no longer need|want"),
        (.notInterested, 1.2, "found it|one cheaper|elsewhere, somewhere else, another|different brand|store|site, went with"),
        (.notInterested, 1.2, "just|was|only browsing|looking, window shopping"),
        (
            .notInterested, 1.2,
            "no me interesa, ya no lo|la quiero, no gracias, ne m interesse pas|plus, ca ne m interesse, pas interesse, non merci"
        ),
        // already purchased
        (.alreadyPurchased, 1.2, "already done, ya hice|realice el pedido|la compra"),
        (.alreadyPurchased, 1.3, "already bought|ordered|purchased|got|paid|checked|have|did|own|placed|buy"),
        (.alreadyPurchased, 1.1, "bought|ordered|purchased|got it|one|them already|yesterday|today|last"),
        (.alreadyPurchased, 1.0, "bought|ordered|purchased it|one|them"),
        (.alreadyPurchased, 1.2, "got|bought|picked it|one|them up? at|from|in the|a? store|shop|person"),
        (.alreadyPurchased, 1.1, "placed the|my|an? order, just ordered|bought|purchased"),
        (.alreadyPurchased, 1.3, "ya lo|la? compre|pedi|pague, deja commande|achete|paye, je l ai deja"),
        // opt-out phrasings the compliance keywords leave to the assistant
        (.optOut, 1.5, "unsubscribe|unsub|optout, opt out, stop texting|messaging|sending|contacting"),
        (.optOut, 1.5, "remove|delete me, remove|delete my number, take me off, no more texts|messages|msgs|text"),
        (.optOut, 1.5, "dont|stop text|message|contact|email me|us, leave me alone, lose my number"),
        (.optOut, 1.5, "dont want|need these|your|any texts|messages|text"),
        // A bare "arrêtez" is left to the compliance classifier: "arrête de me faire rêver avec ces prix" is praise.
        (.optOut, 1.5, "no me escribas|mandes|envies, de baja, desuscrib*, desabonn*, ne m envoyez plus"),
        // out of the store data's scope: hours, locations, gift cards, pickup, social, jobs
        (.other, 1.0, "open on|at|today|tomorrow|sundays|saturdays|weekends|late, store|opening hours, physical|retail store"),
        (.other, 1.0, "store in|near, gift card|cards|certificate, pick it|them up, pickup|curbside, instagram|facebook|tiktok"),
        (.other, 1.0, "hiring|jobs|wholesale|affiliate|sponsor"),
        // help
        (.other, 1.0, "location|locations|showroom, sell in|at|on"),
        (.help, 1.2, "^ who is|this $, ^ who is this, ^ who are you, ^ whos this, who is texting"),
        (.help, 1.1, "what is this $, what is this about|for, what is this"),
        (.help, 1.2, "why am i getting|receiving, why did i get, how do i know you, what|which store|company|cart|brand"),
        (.help, 1.0, "help|info|ayuda|aide, quien es|eres, qui est ce, c est qui"),
        (.help, 0.6, "huh|confused"),
        // opt-in
        (.optIn, 1.3, "resubscribe|resub|unstop, re subscribe, subscribe again, sign me back up|in, opt me back in, opt in"),
        (.optIn, 1.2, "want the|your texts|messages again|back, start again|texting"),
        (.optIn, 1.2, "want _ your|the? texts|messages|alerts again|back"),
        (.optIn, 1.2, "suscribir*|suscribirme, reabonner|reinscrire"),
        // wrong number
        (.wrongNumber, 0.9, "not me"),
        (.wrongNumber, 1.5, "wrong number|person|guy|girl|gal|lady|man, not the person|one"),
        (.wrongNumber, 1.3, "new number, not my cart|order|number, belongs to someone, someone elses number, someone else s number"),
        (.wrongNumber, 1.2, "never ordered|shopped|bought anything, i dont know who"),
        (.wrongNumber, 0.9, "^ this isnt, ^ this is not, ^ not me, numero equivocado, mauvais numero"),
        (.wrongNumber, 1.3, "isnt|not his|her|their phone|number|cell, no longer his|her|their, not his|her anymore"),
        (.wrongNumber, 1.3, "no es mi|su numero, pas mon|son numero, equivoco|equivoque|equivocada|equivocado de numero"),
    ])
}
