import Foundation
import ReclaimServer
import Testing

/// Form bodies as Twilio posts them: every pair kept, in order, for its signature.
@Suite struct FormParametersTests {
    @Test func formParametersDecodePlusAndPercentEscapes() {
        let form = FormParameters(decoding: "Body=Stop+texting+me%21&From=%2B13125550101&Empty=&Flag")
        #expect(form["Body"] == "Stop texting me!")
        #expect(form["From"] == "+13125550101")
        #expect(form["Empty"] == "")
        #expect(form.nonBlank("Empty") == nil)
        #expect(form["Flag"] == "")
        #expect(form.pairs.count == 4)
    }
}
