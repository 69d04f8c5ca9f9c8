import CReclaimPhone

/// Reads phone numbers as shoppers type them and normalises them to E.164, using libphonenumber.
///
/// Cheap to create and safe to share: every call is independent and may run on any thread.
///
/// ```swift
/// let parser = PhoneNumberParser()
/// let info = try parser.parse("305.555.0123", defaultRegion: store.defaultRegion)
/// guard info.isValid else { … }   // possible but unassigned: the caller decides
/// ```
public struct PhoneNumberParser: Sendable {
    /// Creates a parser. libphonenumber's metadata and geocoder load once per process, on first use.
    public init() {}

    /// Parses a phone number and tells what is known about it.
    ///
    /// Succeeds for every number that is well formed and of a possible length for its region,
    /// including fictional and unassigned ones; ``PhoneNumberInfo/isValid`` says whether
    /// libphonenumber knows the number as assigned.
    ///
    /// - Parameters:
    ///   - input: The number as written: `"(305) 555-0123"`, `"+44 7700 900123"`, `"06 12 34 56 78"`.
    ///   - defaultRegion: ISO 3166-1 alpha-2 region (any case) to dial from when `input` has no
    ///     country code, usually the store's; `""` requires the country code.
    /// - Returns: The number's E.164 form, validity, type, region, presumed place and time zones.
    /// - Throws: ``PhoneParseError`` when `input` is empty, not a number, has an unknown country
    ///   code or a length no number of its region has.
    public func parse(_ input: String, defaultRegion: String) throws(PhoneParseError) -> PhoneNumberInfo {
        if input.allSatisfy(\.isWhitespace) {
            throw .empty
        }
        var result = rp_result()
        let status = input.withCString { text in
            defaultRegion.withCString { region in rp_parse(text, region, &result) }
        }
        guard status == RP_OK else {
            throw Self.error(for: status, region: Self.string(fromCArray: result.region))
        }
        return Self.info(from: result)
    }

    /// Parses a phone number and returns only its E.164 form, such as `+13055550123`.
    ///
    /// - Parameters:
    ///   - input: The number as written.
    ///   - defaultRegion: ISO 3166-1 alpha-2 region to dial from when `input` has no country code.
    /// - Returns: The E.164 form of any possible number (see ``parse(_:defaultRegion:)``).
    /// - Throws: ``PhoneParseError`` as ``parse(_:defaultRegion:)`` does.
    public func e164(_ input: String, defaultRegion: String) throws(PhoneParseError) -> String {
        try self.parse(input, defaultRegion: defaultRegion).e164
    }
}

extension PhoneNumberParser {
    private static func info(from result: rp_result) -> PhoneNumberInfo {
        let description = Self.string(fromCArray: result.description)
        let countryCode = Int(result.country_code)
        let isValid = result.is_valid != 0
        var regionCode = Self.string(fromCArray: result.region)
        var subdivisions: [NANPSubdivision] = []
        if countryCode == 1 {
            // The installed geocoder first; the bundled area-code table knows newer area codes.
            subdivisions = NANPSubdivision.candidates(fromDescription: description)
            if subdivisions.isEmpty {
                subdivisions = NANPSubdivision.candidates(fromDescription: String(cString: result.area_code_name))
            }
            if !isValid, let first = subdivisions.first {
                regionCode = first.regionCode
            }
        }
        let single = subdivisions.count == 1 ? subdivisions.first : nil
        return PhoneNumberInfo(
            e164: Self.string(fromCArray: result.e164),
            internationalFormat: Self.string(fromCArray: result.international),
            regionCode: regionCode,
            countryCallingCode: countryCode,
            numberType: Self.numberType(result.type),
            isValid: isValid,
            locationDescription: description.isEmpty ? nil : description,
            usState: single.flatMap { $0.country == .canada ? nil : $0.code },
            caProvince: single.flatMap { $0.country == .canada ? $0.code : nil },
            candidateSubdivisions: subdivisions.map(\.code),
            candidateTimeZones: String(cString: result.time_zones).split(separator: ";").map(String.init)
        )
    }

    private static func error(for status: rp_status, region: String) -> PhoneParseError {
        switch status {
        case RP_ERROR_EMPTY: .empty
        case RP_ERROR_INVALID_COUNTRY_CODE: .invalidCountryCode
        case RP_ERROR_TOO_SHORT: .tooShort
        case RP_ERROR_TOO_LONG: .tooLong
        case RP_ERROR_INVALID_FOR_REGION: .invalidForRegion(region)
        default: .notANumber
        }
    }

    private static func numberType(_ type: rp_number_type) -> PhoneNumberType {
        switch type {
        case RP_TYPE_FIXED_LINE: .fixedLine
        case RP_TYPE_MOBILE: .mobile
        case RP_TYPE_FIXED_LINE_OR_MOBILE: .fixedLineOrMobile
        case RP_TYPE_TOLL_FREE: .tollFree
        case RP_TYPE_PREMIUM_RATE: .premiumRate
        case RP_TYPE_SHARED_COST: .sharedCost
        case RP_TYPE_VOIP: .voip
        case RP_TYPE_PERSONAL_NUMBER: .personalNumber
        case RP_TYPE_PAGER: .pager
        case RP_TYPE_UAN: .uan
        case RP_TYPE_VOICEMAIL: .voicemail
        default: .unknown
        }
    }

    /// Decodes a NUL-terminated UTF-8 string held in a C array (imported as a tuple).
    private static func string<Tuple>(fromCArray tuple: Tuple) -> String {
        withUnsafeBytes(of: tuple) { bytes in
            String(decoding: bytes.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }
}
