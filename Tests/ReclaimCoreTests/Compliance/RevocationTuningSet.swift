import Testing

/// The revocation tuning set (issue 16 item 2): replies written from scratch to tune the opt-out
/// rules on, in English, Spanish and French, with slang, typos and sarcasm, one reply a line. A
/// separate blind set, written by someone else, is only ever run against the rules, never tuned on;
/// this one is. Blind set v1 (`revocation_blind_v1.jsonl`) was measured once and is now tuned on too;
/// the phrasings after it in each list generalise its misses (legal threats with the texts going on,
/// cease and desist, stop getting these, turn these off, do not contact, block my number, opting out,
/// forget my number, no more <product> texts, informal Spanish spelling, spoken French without ne,
/// lâchez-moi, olvídense de mi número) and its two false opt-outs (explicit wishes to keep the texts).
enum RevocationTuningSet {
    /// A reply and its language.
    struct Reply: Sendable, CustomTestStringConvertible {
        var text: String
        var language: String
        var testDescription: String { "\(self.language): \(self.text)" }
    }

    /// Replies a reasonable person reads as a wish to stop: each must be an opt-out.
    static let revocations: [Reply] =
        english.map { Reply(text: $0, language: "en") }
        + spanish.map { Reply(text: $0, language: "es") } + french.map { Reply(text: $0, language: "fr") }

    /// English revocations.
    static let english = lines(
        """
        can you not text me anymore thx
        I only gave my number for order updates, not ads
        this is spam
        reporting spam
        Reported as spam.
        never signed up for this
        I never signed up for these texts
        who gave you my number??
        how did you get my number
        wrong number
        leave me alone
        no more texts
        pls dont msg me no more
        stop txting me
        stopp texting me
        unsubscirbe
        unsubscibe me
        unsusbcribe
        un-subscribe
        unsubscribe pls
        take me off ur list
        take me off
        remove my number from your system
        delete my number pls
        Delete my numbr
        lose my number
        u can stop messaging me now
        oh great another text. stop.
        wow a 5th text today, love that for me. stop it
        yeah no, I'm done with these texts
        I don't want to get these anymore
        quit spamming me
        do not contact me again
        I never gave you permission to text me
        please stop with the texts
        enough with the messages
        Stop sending me promos
        opt me out of this
        how do i stop these messages
        cancel these alerts
        no thanks, and stop messaging me
        i dont want marketing texts
        I already said stop, why are you still texting
        please delete my info
        get me off this list
        I want off this list
        not interested. don't text again
        Kindly refrain from texting me
        I'd rather not get texts from you
        no ads please
        gave my number for shipping updates only, not marketing
        Who is this and how did you get my number? stop
        stop texting me lol great timing as always
        pls stop w the texts
        don't message this number again
        quit blowing up my phone
        bro stop
        nah fam, unsub me
        k bye, stop txting
        ur texts r annoying, stop
        pls no more txts
        lmao the audacity. take me off ur list
        yeah thanks for the 6th reminder, really. stop texting me
        remvoe me
        stoooop
        STOP TEXTING ME!!!!
        Text me order updates only
        I'm good, you can remove me
        Please take me off your texting list
        not my number, stop
        i'd appreciate it if you stopped texting me
        i do not wish to receive these messages
        not interested in your texts
        when did I ever sign up for this??
        how'd you get my number
        my number was for shipping updates, not marketing
        I only signed up for order notifications, not promotions
        sure, keep texting me, that'll work. STOP
        Thanks for the 10th text, really needed it. Unsubscribe.
        enough texts already
        I want out
        count me out
        stop it with the texts already
        i dont want any more promotional texts
        i never gave you my number
        blocked
        oh joy, another text 🙄 stop
        STAHP
        stop pls!!
        stpo texting
        unsbscribe
        stop texting me or I'll report you
        u r spamming me
        you're spamming me
        spammers smh
        no thank you, please remove my number from your list
        please don't contact me
        don't bother me
        never message me
        I'm not your customer, stop
        I don't know you, stop texting
        I don't shop there, remove me
        how did u get this #
        i am not interested please stop
        stop contacting me about this cart
        cancel texts
        END ALL
        quit bugging me
        ur harassing me
        please stop these texts they're annoying
        I'd like to opt out of texts
        cut it out with the texts
        knock it off with the messages
        give it a rest with the texts
        unsbuscribe
        unsubscibe
        stop textin me
        stop textng me
        stop messagin me
        stp texting me
        stoop texting me
        sstop
        pls stop txtng me
        remoev me
        take me of your list
        tak me off ur list
        delte my number
        dont txt me agian
        no mor texts
        leave me alon
        unsubscribe!!! now!!!
        S T O P
        s.t.o.p.
        Stop!!!!!!!!
        STOPPPP
        oh great, ANOTHER reminder. just what I needed. stop
        yes please send me 10 more texts today, said no one ever. stop
        cool cool cool, texting me again. unsubscribe
        lol you really don't give up do you. remove me
        thanks, I'll treasure this text forever. now stop
        I'm sure my cart misses me. please stop texting
        omg a text about my cart, how thrilling. bye, unsubscribe
        yeah no thanks. delete my number
        Sure, text me at 3am next time 🙃 opt me out
        I'll report you to the FCC if you keep texting me
        this is a TCPA violation
        One more text and I'm calling my lawyer
        if you text me again I'm filing a complaint
        I will sue if I get one more message
        reporting this number to the attorney general
        texting without permission is illegal
        you never had my consent
        I never gave consent
        Cease.
        cease all contact
        cease texting me
        please cease immediately
        desist
        how do I stop getting these
        how can I stop receiving your promotional texts
        can i quit getting these alerts
        how do i turn off these texts
        turn these off pls
        switch off the notifications
        shut these texts off
        I'd prefer not to receive these texts
        I'd rather not get any more marketing messages
        I would rather not be texted
        do not contact
        do not text. thanks
        never contact me
        not interested, do not text
        block my number
        please blacklist this number
        add me to your do not call list
        put me on the do not text list
        remove number
        delete number please
        I opted out last week and you still text me
        opting out
        forget my number
        forget you even had my number
        forget me please
        no more cart texts
        no more sale alerts
        no more shoe emails
        stop textin me
        """)

    /// Spanish revocations.
    static let spanish = lines(
        """
        Estoy harto de sus mensajes
        estoy harta de tantos mensajes
        ya no me manden nada
        dejen de escribirme
        bórrenme de su lista
        bórrenme
        no quiero recibir más mensajes
        no me escriban mas por favor
        quiero darme de baja
        sáquenme de la lista
        esto es spam
        número equivocado
        déjenme en paz
        no me vuelvan a mandar mensajes
        borren mi número
        ya basta de mensajes
        nunca me suscribí
        no quiero más publicidad
        ya no quiero recibir sus mensajes
        no gracias, ya no me escriban
        por favor dejen de mandarme mensajes
        ya no quiero sus promociones
        eliminen mi número por favor
        cancelar suscripción
        no me interesa, no me manden más mensajes
        ¿de dónde sacaron mi número?
        ya no me manden
        estoy harto de tanto mensaje
        ¿quién les dio mi número?
        estoy hart@ de sus mensajes
        no me interesan sus mensajes
        unsuscribirme
        desuscribirme
        baja por favor
        quiten mi número
        no molesten
        nada más de mensajes
        basta ya
        no me molesten más
        me tienen cansado con tantos mensajes
        qué pesados con los mensajes
        dejen de escrbirme
        no me manden mas mensages
        ya basta, no me escriban más
        qué bonito, otro mensaje más... ya no me manden nada
        otra vez ustedes? bórrenme
        ya no me manden nada xfa
        kiero q me dejen d escribir
        no kiero q me escriban
        deja ya de escribirme
        dejen ya de mandarme msjs
        no sigan mandando mensajes
        olvídate de mi número
        olvídense de mí
        olviden mi número porfa
        bloqueen mi número
        voy a reportar este número
        los voy a denunciar si me vuelven a escribir
        si siguen mandando mensajes los demando
        me escriben sin mi consentimiento
        voy a poner una queja en profeco si siguen con los mensajes
        """)

    /// French revocations.
    static let french = lines(
        """
        arrêtez de m'écrire
        désinscrivez-moi
        je ne veux plus recevoir vos messages
        laissez-moi tranquille
        c'est du spam
        arrete de m'envoyer des sms
        ne m'écrivez plus
        supprimez mon numéro
        retirez-moi de votre liste
        j'en ai marre de vos messages
        je ne me suis jamais inscrit
        stop svp
        mauvais numéro
        plus de sms merci
        desinscrivez moi svp
        arrêtez de m'envoyer des textos
        merci d'arrêter les sms
        stop les sms svp
        ne me contactez plus jamais
        je veux plus de vos messages
        retirez mon numéro svp
        désabonnez moi
        qui vous a donné mon numéro ?
        vous êtes qui ? comment vous avez eu mon numéro ?
        je ne veux plus de vos sms
        c'est du spam ça
        je veux plus recevoir vos messages
        foutez-moi la paix
        ça suffit les messages
        stop au spam
        vous me saoulez avec vos messages
        ne plus m'envoyer de sms svp
        je veux me désinscrire
        pas intéressé, stop
        arretez de mecrire
        arretez de menvoyer des sms
        ne mecrivez plus
        desinscrivez moi
        je veux plus recevoir vos msg
        laissez moi tranquile svp
        c du spam
        super, encore un sms... désinscrivez-moi
        génial, un 5e message aujourd'hui. stop
        merci mais non merci, ne m'écrivez plus
        c'est bon, j'ai compris, arrêtez
        oui oui, on a compris. laissez-moi tranquille
        m'écrivez plus
        me contacte plus stp
        m'envoyez plus de pubs
        me dérangez plus
        lâche-moi avec tes sms
        lâchez-nous
        oubliez mon numéro
        oubliez-moi
        bloquez mon numéro svp
        je vais vous signaler à la CNIL
        je suis inscrit sur Bloctel
        encore un sms et je porte plainte
        je vais porter plainte si ça continue
        vous m'écrivez sans mon consentement
        """)

    /// Replies that use an opt-out word in another sense: none may be an opt-out or raise a review.
    static let lookAlikes = lines(
        """
        can't stop thinking about that jacket
        stop by the store?
        don't stop the deals
        remove the mug from my cart
        cancel my order
        Para mi hermana, ¿tienen talla M?
        When does the sale end?
        Can I stop by to pick it up?
        Is there a bus stop near your store?
        Does the discount end tonight?
        How do I remove the coupon code?
        can I cancel and reorder in blue?
        I'll stop by after work
        Don't stop sending me deals!
        I never stop buying from you guys lol
        Is this tent good for high-end camping?
        ¿Cuánto cuesta el envío para Texas?
        es para regalo, ¿lo envuelven?
        Es un precio muy alto
        Est-ce que la veste arrête la pluie ?
        Can you remove the gift wrap?
        How do I end up with free shipping?
        text me when it's back in stock
        please text me the link
        no more questions, send the link
        When will the end of season sale start?
        Is the offer ending soon?
        ¿Puedo cancelar el pedido y hacer otro?
        Je peux annuler ma commande ?
        I can't stop smiling, love the tent
        does shipping stop at the border
        please cancel the order, I ordered the wrong size
        remove one headlamp please
        para cuando llega?
        I'd stop at nothing for that deal
        the stop-sign red one please
        Does the rain jacket stop wind?
        cancel the blue one, keep the green
        can I remove the discount and use a gift card instead?
        Quand est-ce que la promo se termine ?
        stop by Saturday for pickup?
        sale ends when?
        I can't stop refreshing the page waiting for a restock
        i dont want to get these boots in black
        Dont send me the link yet, I'll order friday
        quit smoking lol, need a tent though
        does it stop the rain?
        ¿para qué sirve?
        you have my number, text me the code
        I gave my number at checkout, when will it ship?
        Can I stop my order from shipping until Monday?
        I need to cancel one item
        Please remove the second tent from my order
        how do i end my free trial
        does the sale end at midnight?
        es para mi novio
        alto de la mochila?
        ¿la talla baja es como una M?
        Quiero darle de baja a mi pedido?
        don't you dare stop the sales lol
        can't stop won't stop shopping
        never gonna stop wearing this jacket
        keep texting me deals!
        text me when the sale starts
        can you text me a discount code?
        I'm not interested in the blue one, do you have green?
        no more stock in M?
        no more discount codes?
        how many texts will I get?
        je veux plus de détails sur la tente
        je n'ai plus besoin de la taille M
        ¿me lo pueden mandar a otra dirección?
        no me manden la talla equivocada
        your texts remind me to buy lol, keep them coming
        je ne veux plus le bleu, le vert plutôt
        je ne veux plus attendre, envoyez vite
        is the tent big enough for 4?
        can you text me the tracking number?
        my number changed, update it to 555-1234
        count me in!
        no more than $200 please
        do you have any more in stock?
        I'm done, checkout please
        fed up with the old tent, need a new one
        no quiero el azul, el verde sí
        no me cobren dos veces
        ne m'envoyez pas la mauvaise taille
        plus de stock ?
        enough said, buying it
        tired of looking, just send the link
        I'll give it a try
        please stop by
        just stop by tomorrow
        I can't stop looking at the boots
        Will you stop by with a sample lol
        Don't ever stop these sales
        please remove the lantern from my cart
        can I cancel my order and reorder?
        cancel the order please, wrong size
        para mañana?
        es para mi mamá
        no pares de mandar ofertas
        no dejen de mandarme ofertas
        n'arrêtez pas de m'envoyer des promos
        don't stop texting me the deals lol
        You can stop by and pick up?
        Can you stop the order? I typed the wrong address
        stop my order please, wrong address
        quit playing, is that really the price?
        I quit my job so need the cheap one
        the end of the strap broke, can I return it?
        is there an end date on the sale?
        how do I cancel my account on the website?
        remove my old address from my account
        delete the old card on file
        can you delete my cart? I'll start over
        take me to the checkout
        who gave you this great idea? love it
        how did you get such low prices?
        wrong size in my cart, can you fix?
        wrong color, I wanted blue
        I never signed up for an account, can I check out as guest?
        leave it in the cart, I'll be back
        no more blue ones?
        I'm done! just ordered
        para que sirve el bolsillo?
        dejé de usar mi tienda vieja, me gusta la suya
        je n'arrête pas de penser à cette veste
        supprimez l'article de mon panier
        annulez ma commande svp
        I want to report a problem with my order
        I'll file a complaint with the courier if the parcel doesn't come
        my lawyer friend loves your coffee
        how do I turn off the grinder
        turn off the lights when you leave lol
        can you block out Saturday for delivery
        remove #3 from my cart
        remove item number 2
        no more stock? text me when it's back
        no more coffee in the house, ordering now
        forget the blue one, I'll take the red
        can I stop getting the decaf and switch to regular?
        I'd rather not pay for shipping
        keep em coming!
        keep the deals coming 🙌
        never stop sending me these discount codes
        please keep texting me the codes
        I still want these texts, just cancel the coffee box
        do not call before 9am, text me instead
        Do not text before noon please
        ship without my signature
        how much is the cease fire t-shirt
        I opted in for texts, where is my code?
        sigan mandando ofertas porfa
        si siguen sin mandarme el pedido los denuncio
        voy a poner una queja, el pedido llegó roto
        olvidé mi contraseña
        olvidé el código de descuento
        continuez à m'envoyer vos promos
        je vais porter plainte contre le transporteur, mon colis est perdu
        vous m'envoyez plus de détails ?
        pouvez-vous m'envoyer plus de photos
        lâchez pas, super promo
        Are you BBB accredited?
        is this speaker FCC certified?
        my son ordered this without my permission, can I return it?
        he didn't have my permission to use my card
        I'll report your store to the BBB, my order never came
        I'll sue you if my order doesn't arrive
        voy a denunciar a la tienda, mi pedido no llegó
        voy a ir a profeco si no me reembolsan
        je vais saisir la DGCCRF si je ne suis pas remboursé
        mon fils a commandé sans mon accord
        mi hijo compró sin mi permiso
        ¡olvídate! ya compré
        don't forget me!
        I opted out of the warranty, can I add it back?
        """)

    /// Look-alikes that open with a lone per-se keyword (`Stop!`, `Arrête !`, `¡Para!`) before praise or
    /// buying: not opt-outs, but a per-se word is never cleared silently, so each needs review.
    static let exclamations = lines(
        """
        Stop! that's a great price, buying now
        arrête, c'est trop beau
        Stop it, that's so cute! I'll take it
        ¡Para! qué precio tan bueno, lo compro
        Arrête ! Il est magnifique, je le prends
        stop, shut up and take my money
        Stop it, this deal is insane!
        arrête, c'est génial
        arrête, je craque
        omg stop, the green is gorgeous
        STOP. This is exactly what I needed. Ordering now
        ¡Basta! Qué precios tan buenos
        """)

    /// Stop-ish replies that fall short of a request: not opt-outs, but each needs review (the
    /// server stops marketing to the number and asks once).
    static let ambiguous = lines(
        """
        why do you keep texting me
        too many texts
        can you not
        you guys text a lot
        maybe fewer texts?
        ugh another text
        I want to cancel
        please stop the madness
        qué fastidio con tantos mensajes
        siguen mandando mensajes
        trop de sms
        encore un sms ?
        this is getting annoying
        you text me every day lol
        text me less pls
        ¿por qué me siguen escribiendo?
        pourquoi vous m'écrivez encore ?
        lol stop it, love this so much
        don't want these
        omg stop I love it
        arrête de me faire rêver avec ces prix
        cut it out
        knock it off
        give it a rest
        arrête de me tenter !
        wow, love getting 5 texts a day 🙄
        3 texts today?!
        no more than 2 texts a week please
        you never stop texting me
        unsubscribe from these? lol never, keep em coming
        unsubscribe button on email doesn't work, but keep texting me
        """)

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0) }
    }
}
