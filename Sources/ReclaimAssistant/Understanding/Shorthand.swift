/// SMS shorthand and common misspellings, expanded to the words the lexicon knows.
enum Shorthand {
    /// Word → replacement words.
    static let expansions: [String: [String]] = [
        "u": ["you"], "yu": ["you"], "ur": ["your"], "yr": ["your"], "r": ["are"], "pls": ["please"],
        "plz": ["please"], "plse": ["please"], "pleas": ["please"], "pl": ["please"], "thx": ["thanks"],
        "thnx": ["thanks"], "thks": ["thanks"], "tx": ["thanks"], "ty": ["thanks"], "tysm": ["thanks"],
        "rn": ["right", "now"], "atm": ["right", "now"], "idk": ["i", "dont", "know"], "wanna": ["want", "to"],
        "gonna": ["going", "to"], "gotta": ["got", "to"], "shippin": ["shipping"], "shiping": ["shipping"],
        "lmk": ["let", "me", "know"], "msg": ["message"], "msgs": ["messages"], "txt": ["text"], "txts": ["texts"],
        "txting": ["texting"], "b4": ["before"], "2day": ["today"], "2morrow": ["tomorrow"], "tmrw": ["tomorrow"],
        "tmr": ["tomorrow"], "tomoro": ["tomorrow"], "cuz": ["because"], "bc": ["because"], "coz": ["because"],
        "dis": ["this"], "da": ["the"], "teh": ["the"], "yall": ["you", "all"], "lemme": ["let", "me"],
        "gimme": ["give", "me"], "abt": ["about"], "sry": ["sorry"], "hw": ["how"], "wat": ["what"],
        "wut": ["what"], "wht": ["what"], "whats": ["what", "is"], "wheres": ["where", "is"], "hows": ["how", "is"], "whos": ["who", "is"],
        "howd": ["how", "did"], "ill": ["i", "will"], "youre": ["you", "are"], "wats": ["what", "is"], "nvm": ["never", "mind"],
        "tho": ["though"], "k": ["ok"], "kk": ["ok"], "okk": ["ok"], "okay": ["ok"], "wud": ["would"],
        "wld": ["would"], "cud": ["could"], "shud": ["should"], "lnk": ["link"], "lnik": ["link"], "linl": ["link"],
        "pmt": ["payment"], "acct": ["account"], "pkg": ["package"], "qty": ["quantity"], "prolly": ["probably"],
        "wen": ["when"], "whn": ["when"], "hv": ["have"], "av": ["have"], "dnt": ["dont"],
        "cn": ["can"], "bout": ["about"], "ppl": ["people"], "sz": ["size"], "clr": ["color"],
        "colour": ["color"], "colours": ["colors"], "stahp": ["stop"], "cust": ["customer"], "svc": ["service"],
        "smth": ["something"], "sth": ["something"], "robot": ["bot"], "temp": ["temperature"],
        "dm": ["message"], "xq": ["porque"], "pq": ["porque"], "q": ["que"], "xfa": ["porfavor"],
        "porfa": ["porfavor"], "stp": ["svp"], "slt": ["salut"],
    ]
}
