import ReclaimPhone
import Testing

@Suite struct PhoneNumberParserTests {
    let parser = PhoneNumberParser()

    // MARK: - One US number in every way shoppers write it

    @Test(arguments: [
        "(305) 555-0123", "305.555.0123", "+1 305 555 0123", "1-305-555-0123", "3055550123", "+13055550123",
        "(305)555-0123", "1 (305) 555-0123", "011 1 305 555 0123", "tel:+1-305-555-0123", "３０５５５５０１２３",
        "call me at 305-555-0123", "305-555-0123 ext. 45", "  305 555 0123  ",
    ])
    func usFormatsNormaliseToOneE164(input: String) throws {
        let info = try self.parser.parse(input, defaultRegion: "US")
        #expect(info.e164 == "+13055550123")
        #expect(info.regionCode == "US")
        #expect(info.countryCallingCode == 1)
        #expect(info.usState == "FL")
        #expect(info.caProvince == nil)
        #expect(info.candidateTimeZones == ["America/New_York"])
    }

    @Test(arguments: [("GB", "001 305 555 0123"), ("DE", "+1 305 555 0123"), ("us", "305-555-0123"), ("", "+1 305 555 0123")])
    func countryCodeOrOwnIDDWinsOverDefaultRegion(region: String, input: String) throws {
        #expect(try self.parser.e164(input, defaultRegion: region) == "+13055550123")
    }

    // MARK: - Area code → state or province, region and time zone

    struct AreaCase: Sendable, CustomTestStringConvertible {
        let e164: String
        let region: String
        let usState: String?
        let caProvince: String?
        let timeZone: String
        var testDescription: String { self.e164 }
    }

    @Test(arguments: [
        AreaCase(e164: "+12125550123", region: "US", usState: "NY", caProvince: nil, timeZone: "America/New_York"),
        AreaCase(e164: "+14155550123", region: "US", usState: "CA", caProvince: nil, timeZone: "America/Los_Angeles"),
        AreaCase(e164: "+13125550123", region: "US", usState: "IL", caProvince: nil, timeZone: "America/Chicago"),
        AreaCase(e164: "+17135550123", region: "US", usState: "TX", caProvince: nil, timeZone: "America/Chicago"),
        AreaCase(e164: "+19155550123", region: "US", usState: "TX", caProvince: nil, timeZone: "America/Denver"),
        AreaCase(e164: "+19075550123", region: "US", usState: "AK", caProvince: nil, timeZone: "America/Anchorage"),
        AreaCase(e164: "+18085550123", region: "US", usState: "HI", caProvince: nil, timeZone: "Pacific/Honolulu"),
        AreaCase(e164: "+12025550123", region: "US", usState: "DC", caProvince: nil, timeZone: "America/New_York"),
        AreaCase(e164: "+12065550123", region: "US", usState: "WA", caProvince: nil, timeZone: "America/Los_Angeles"),
        AreaCase(e164: "+16025550123", region: "US", usState: "AZ", caProvince: nil, timeZone: "America/Phoenix"),
        AreaCase(e164: "+13035550123", region: "US", usState: "CO", caProvince: nil, timeZone: "America/Denver"),
        AreaCase(e164: "+14055550123", region: "US", usState: "OK", caProvince: nil, timeZone: "America/Chicago"),
        AreaCase(e164: "+14105550123", region: "US", usState: "MD", caProvince: nil, timeZone: "America/New_York"),
        AreaCase(e164: "+15035550123", region: "US", usState: "OR", caProvince: nil, timeZone: "America/Los_Angeles"),
        AreaCase(e164: "+12035550123", region: "US", usState: "CT", caProvince: nil, timeZone: "America/New_York"),
        AreaCase(e164: "+16015550123", region: "US", usState: "MS", caProvince: nil, timeZone: "America/Chicago"),
        AreaCase(e164: "+12055550123", region: "US", usState: "AL", caProvince: nil, timeZone: "America/Chicago"),
        AreaCase(e164: "+15045550123", region: "US", usState: "LA", caProvince: nil, timeZone: "America/Chicago"),
        AreaCase(e164: "+17875550123", region: "PR", usState: "PR", caProvince: nil, timeZone: "America/Puerto_Rico"),
        AreaCase(e164: "+16845550123", region: "AS", usState: "AS", caProvince: nil, timeZone: "Pacific/Pago_Pago"),
        AreaCase(e164: "+14165550123", region: "CA", usState: nil, caProvince: "ON", timeZone: "America/Toronto"),
        AreaCase(e164: "+16045550123", region: "CA", usState: nil, caProvince: "BC", timeZone: "America/Vancouver"),
        AreaCase(e164: "+15145550123", region: "CA", usState: nil, caProvince: "QC", timeZone: "America/Toronto"),
        AreaCase(e164: "+14035550123", region: "CA", usState: nil, caProvince: "AB", timeZone: "America/Edmonton"),
        AreaCase(e164: "+12045550123", region: "CA", usState: nil, caProvince: "MB", timeZone: "America/Winnipeg"),
        AreaCase(e164: "+13065550123", region: "CA", usState: nil, caProvince: "SK", timeZone: "America/Regina"),
        AreaCase(e164: "+17095550123", region: "CA", usState: nil, caProvince: "NL", timeZone: "America/St_Johns"),
        AreaCase(e164: "+15065550123", region: "CA", usState: nil, caProvince: "NB", timeZone: "America/Halifax"),
    ])
    func areaCodePresumesStateOrProvinceAndTimeZone(_ area: AreaCase) throws {
        let info = try self.parser.parse(area.e164, defaultRegion: "US")
        #expect(info.e164 == area.e164)
        #expect(info.regionCode == area.region)
        #expect(info.usState == area.usState)
        #expect(info.caProvince == area.caProvince)
        #expect(info.candidateSubdivisions == [area.usState ?? area.caProvince].compactMap { $0 })
        #expect(info.candidateTimeZones.contains(area.timeZone))
    }

    @Test func miamiNumberIsValidFixedLineOrMobileInEasternTime() throws {
        let info = try self.parser.parse("+13055550123", defaultRegion: "US")
        #expect(info.isValid)
        #expect(info.numberType == .fixedLineOrMobile)
        #expect(info.locationDescription == "Florida")
        #expect(info.internationalFormat == "+1 305-555-0123")
        #expect(info.candidateTimeZones == ["America/New_York"])
    }

    @Test(arguments: [("+19025550123", ["NS", "PE"]), ("+18675550123", ["NT", "NU", "YT"])])
    func areaCodeSpanningSeveralProvincesKeepsEveryCandidate(e164: String, provinces: [String]) throws {
        let info = try self.parser.parse(e164, defaultRegion: "CA")
        #expect(info.regionCode == "CA")
        #expect(info.caProvince == nil)
        #expect(info.usState == nil)
        #expect(info.candidateSubdivisions == provinces)
    }

    @Test func areaCodeNewerThanInstalledMetadataStillPresumesState() throws {
        // 645 (a Miami overlay) opened after libphonenumber 8.12.57: not valid there, but the bundled table knows it.
        let info = try self.parser.parse("(645) 555-0123", defaultRegion: "US")
        #expect(info.e164 == "+16455550123")
        #expect(info.usState == "FL")
        #expect(info.regionCode == "US")
        #expect(info.candidateTimeZones == ["America/New_York"])
    }

    @Test func unassignedExchangeStillPresumesStateFromAreaCode() throws {
        // Exchanges never start with 1, so libphonenumber calls this invalid; the area code still says Florida.
        let info = try self.parser.parse("+1 305 155 0123", defaultRegion: "US")
        #expect(info.e164 == "+13051550123")
        #expect(!info.isValid)
        #expect(info.numberType == .unknown)
        #expect(info.usState == "FL")
        #expect(info.candidateTimeZones == ["America/New_York"])
    }

    @Test func unknownAreaCodeParsesWithEveryNANPZoneAndNoState() throws {
        let info = try self.parser.parse("+1 555 555 0123", defaultRegion: "US")
        #expect(info.e164 == "+15555550123")
        #expect(!info.isValid)
        #expect(info.regionCode == "US")
        #expect(info.usState == nil && info.caProvince == nil)
        #expect(info.candidateTimeZones.count > 30)
        #expect(info.candidateTimeZones.contains("America/St_Johns") && info.candidateTimeZones.contains("Pacific/Honolulu"))
    }

    @Test func floridaPanhandleExchangeIsCentralTime() throws {
        // 850 spans both zones; Pensacola's 850-432 exchange is Central.
        let info = try self.parser.parse("+18504321234", defaultRegion: "US")
        #expect(info.usState == "FL")
        #expect(info.candidateTimeZones == ["America/Chicago"])
    }

    // MARK: - Number types

    @Test(arguments: [
        ("+1 800 234 5678", PhoneNumberType.tollFree), ("+1 888 555 0123", .tollFree), ("+1 500 555 0006", .personalNumber),
        ("+44 7400 123456", .mobile), ("+44 20 7946 0018", .fixedLine), ("+61 2 9876 5432", .fixedLine),
    ])
    func numberTypeComesFromMetadata(input: String, type: PhoneNumberType) throws {
        let info = try self.parser.parse(input, defaultRegion: "US")
        #expect(info.isValid)
        #expect(info.numberType == type)
    }

    @Test func nonGeographicNumbersGetTheWholeCountrysZonesAndNoState() throws {
        let info = try self.parser.parse("1-800-234-5678", defaultRegion: "US")
        #expect(info.usState == nil)
        #expect(info.candidateSubdivisions.isEmpty)
        #expect(info.candidateTimeZones.contains("America/New_York"))
        #expect(info.candidateTimeZones.contains("Pacific/Honolulu"))
    }

    @Test func twilioMagicNumberIsValidPersonalNumber() throws {
        let info = try self.parser.parse("+15005550006", defaultRegion: "US")
        #expect(info.e164 == "+15005550006")
        #expect(info.isValid)
        #expect(info.numberType == .personalNumber)
        #expect(info.usState == nil)
    }

    // MARK: - Other countries

    struct ForeignCase: Sendable, CustomTestStringConvertible {
        let input: String
        let defaultRegion: String
        let e164: String
        let region: String
        let type: PhoneNumberType
        let timeZone: String
        var testDescription: String { "\(self.input) [\(self.defaultRegion)]" }

        init(_ input: String, _ defaultRegion: String, _ e164: String, _ region: String, _ type: PhoneNumberType, _ timeZone: String) {
            self.input = input
            self.defaultRegion = defaultRegion
            self.e164 = e164
            self.region = region
            self.type = type
            self.timeZone = timeZone
        }
    }

    @Test(arguments: [
        ForeignCase("+44 7400 123456", "US", "+447400123456", "GB", .mobile, "Europe/London"),
        ForeignCase("07400 123456", "GB", "+447400123456", "GB", .mobile, "Europe/London"),
        ForeignCase("020 7946 0018", "GB", "+442079460018", "GB", .fixedLine, "Europe/London"),
        ForeignCase("06 12 34 56 78", "FR", "+33612345678", "FR", .mobile, "Europe/Paris"),
        ForeignCase("+33 1 42 68 53 00", "US", "+33142685300", "FR", .fixedLine, "Europe/Paris"),
        ForeignCase("0151 23456789", "DE", "+4915123456789", "DE", .mobile, "Europe/Berlin"),
        ForeignCase("030 1234567", "DE", "+49301234567", "DE", .fixedLine, "Europe/Berlin"),
        ForeignCase("0412 345 678", "AU", "+61412345678", "AU", .mobile, "Australia/Perth"),
        ForeignCase("(02) 9876 5432", "AU", "+61298765432", "AU", .fixedLine, "Australia/Sydney"),
    ])
    func foreignNumbersNormaliseWithTheirRegion(_ number: ForeignCase) throws {
        let info = try self.parser.parse(number.input, defaultRegion: number.defaultRegion)
        #expect(info.e164 == number.e164)
        #expect(info.regionCode == number.region)
        #expect(info.isValid)
        #expect(info.numberType == number.type)
        #expect(info.candidateTimeZones.contains(number.timeZone))
        #expect(info.usState == nil && info.caProvince == nil && info.candidateSubdivisions.isEmpty)
    }

    @Test(arguments: ["+44 7700 900123", "07700 900123"])
    func ukDramaNumberParsesButIsNotValid(input: String) throws {
        // Ofcom's 07700 900xxx range is reserved for fiction; libphonenumber 8.12.57 does not list it as assigned.
        let info = try self.parser.parse(input, defaultRegion: "GB")
        #expect(info.e164 == "+447700900123")
        #expect(info.regionCode == "GB")
        #expect(!info.isValid)
        #expect(info.numberType == .unknown)
        #expect(info.candidateTimeZones.contains("Europe/London"))
    }

    // MARK: - Errors

    @Test(arguments: [
        ("", "US", PhoneParseError.empty), ("   ", "US", .empty), ("\n\t", "US", .empty),
        ("hello", "US", .notANumber), ("+", "US", .notANumber), ("+44", "GB", .notANumber),
        ("123", "US", .tooShort), ("555-0123", "US", .tooShort), ("+1 305 555", "US", .tooShort),
        ("1234567890123456789", "US", .tooLong), ("305 555 0123 4567", "US", .tooLong),
        ("+999 123 456 789", "US", .invalidCountryCode), ("305 555 0123", "", .invalidCountryCode),
        ("305 555 0123", "XX", .invalidCountryCode),
        ("+65 612345678", "US", .invalidForRegion("SG")),
    ])
    func invalidInputThrowsTypedError(input: String, region: String, expected: PhoneParseError) {
        #expect(throws: expected) {
            try self.parser.parse(input, defaultRegion: region)
        }
        #expect(throws: expected) {
            try self.parser.e164(input, defaultRegion: region)
        }
    }

    @Test func errorsDescribeThemselves() {
        #expect(PhoneParseError.invalidForRegion("SG").description.contains("SG"))
        #expect(PhoneParseError.tooShort.description.contains("area code"))
        #expect(Set([PhoneParseError.empty, .notANumber, .invalidCountryCode, .tooShort, .tooLong]).count == 5)
    }

    @Test(arguments: [String(repeating: "5", count: 251), String(repeating: "5 ", count: 50_000), String(repeating: "x", count: 100_000)])
    func overlongInputIsRejectedQuickly(input: String) {
        // libphonenumber alone would spend minutes on 100 kB; the length limit comes first.
        let start = ContinuousClock.now
        #expect(throws: PhoneParseError.tooLong) {
            try self.parser.parse(input, defaultRegion: "US")
        }
        #expect(ContinuousClock.now - start < .seconds(30))  // guards against a hang, not a speed target
    }

    @Test func inputAtTheLengthLimitIsStillRead() throws {
        let padded = String(repeating: " ", count: 250 - "305-555-0123".utf8.count) + "305-555-0123"
        #expect(try self.parser.e164(padded, defaultRegion: "US") == "+13055550123")
    }
}
