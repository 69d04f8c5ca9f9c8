import Foundation
import ReclaimPhone
import Testing

@Suite struct PhoneNumberInfoTests {
    @Test func roundTripsThroughJSON() throws {
        let info = try PhoneNumberParser().parse("(305) 555-0123", defaultRegion: "US")
        let decoded = try JSONDecoder().decode(PhoneNumberInfo.self, from: JSONEncoder().encode(info))
        #expect(decoded == info)
    }

    @Test(arguments: ["+13055550123", "+19155550123", "+18504321234", "+14165550123", "+61412345678", "+447400123456", "+18002345678"])
    func everyCandidateTimeZoneIsKnownToTheSystem(e164: String) throws {
        let info = try PhoneNumberParser().parse(e164, defaultRegion: "US")
        #expect(!info.candidateTimeZones.isEmpty)
        for identifier in info.candidateTimeZones {
            #expect(TimeZone(identifier: identifier) != nil, "\(identifier) unknown to tzdata")
        }
    }

    @Test func concurrentParsesAgreeWithSequentialOnes() async throws {
        // Given
        let inputs: [(String, String)] = [
            ("(305) 555-0123", "US"), ("+1 416 555 0123", "US"), ("07400 123456", "GB"), ("06 12 34 56 78", "FR"),
            ("0151 23456789", "DE"), ("0412 345 678", "AU"), ("+1 800 234 5678", "US"), ("+1 902 555 0123", "CA"),
            ("hello", "US"), ("123", "US"),
        ]
        let parser = PhoneNumberParser()
        let expected = inputs.map { input, region in
            Result { () throws(PhoneParseError) in try parser.parse(input, defaultRegion: region) }
        }

        // When: 1000 parses spread over many tasks
        let results = await withTaskGroup(of: (Int, Result<PhoneNumberInfo, PhoneParseError>).self) { group in
            for index in 0..<1000 {
                let (input, region) = inputs[index % inputs.count]
                group.addTask {
                    (index, Result { () throws(PhoneParseError) in try parser.parse(input, defaultRegion: region) })
                }
            }
            var collected: [(Int, Result<PhoneNumberInfo, PhoneParseError>)] = []
            for await result in group {
                collected.append(result)
            }
            return collected
        }

        // Then
        #expect(results.count == 1000)
        for (index, result) in results {
            #expect(result == expected[index % inputs.count])
        }
    }
}
