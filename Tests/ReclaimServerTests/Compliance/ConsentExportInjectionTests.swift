import Foundation
import ReclaimCore
import Testing

@testable import ReclaimServer

/// The consent CSV never hands a spreadsheet a formula (issue 16 item 12, OWASP CSV injection).
@Suite struct ConsentExportInjectionTests {
    @Test(arguments: [
        ("=HYPERLINK(\"https://evil.example\",\"click\")", "'=HYPERLINK(\"https://evil.example\",\"click\")"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("\r\n=1+1", "'\r\n=1+1"),
        ("+", "'+"),
        ("-", "'-"),
        ("+13125550120", "+13125550120"),  // an E.164 phone: a plain number, no formula
        ("-42", "-42"),
        ("+1 312", "'+1 312"),
        ("Mozilla/5.0 (=1+1)", "Mozilla/5.0 (=1+1)"),
        ("ana@shopper.example", "ana@shopper.example"),
        ("", ""),
    ])
    func cellsStartingWithAFormulaTriggerGetAQuote(value: String, expected: String) {
        #expect(ConsentExport.neutralised(value) == expected)
    }

    @Test func anExportedRecordCarriesNoLiveFormula() {
        let record = ConsentRecord(
            id: "consent_1", storeID: "summit", channel: .sms, address: "+13125550130", kind: .expressWritten,
            source: .form, disclosureText: "=HYPERLINK(\"https://evil.example\",\"Reply STOP\")", ip: "203.0.113.9",
            userAgent: "@SUM(1+1)*cmd|' /C calc'!A0", pageURL: "https://summit.example/-=x",
            occurredAt: Date(timeIntervalSince1970: 0), recordedAt: Date(timeIntervalSince1970: 0))
        let line = ConsentExport.csv([record]).components(separatedBy: "\r\n")[1]
        #expect(
            line == "1970-01-01T00:00:00.000Z,1970-01-01T00:00:00.000Z,sms,+13125550130,express_written,form,"
                + "203.0.113.9,'@SUM(1+1)*cmd|' /C calc'!A0,https://summit.example/-=x,"
                + "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Reply STOP\"\")\",,")
    }
}
