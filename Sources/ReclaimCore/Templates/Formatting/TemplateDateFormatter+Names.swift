/// Month and weekday names (CLDR wide and abbreviated forms, written out).
extension TemplateDateFormatter {
    static func months(_ language: TemplateLocale.Language) -> [String] {
        switch language {
        case .en:
            [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
        case .es:
            [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ]
        case .fr:
            [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ]
        }
    }

    static func shortMonths(_ language: TemplateLocale.Language) -> [String] {
        switch language {
        case .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .es: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        case .fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
        }
    }

    /// Sunday first, as `WeeklySchedule.Day` numbers them.
    static func weekdays(_ language: TemplateLocale.Language) -> [String] {
        switch language {
        case .en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        case .es: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
        case .fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
        }
    }
}
