// The small rules the shell keeps in Swift: which characters a PIN field
// keeps, which app-language tags are accepted, and which audio types get a
// file-type hint.

import AVFoundation
import XCTest
@testable import Heard

final class PlatformRulesTests: XCTestCase {
    func testPinFieldsKeepTheDigitsTheCoreReads() {
        XCTAssertEqual(PinDigits.keep("12 34-56"), "123456")
        // Arabic-Indic and Persian digits stay: the core reads them as 0-9.
        XCTAssertEqual(PinDigits.keep("١٢٣۴۵۶"), "١٢٣۴۵۶")
        XCTAssertEqual(PinDigits.keep("abc½"), "")
    }

    func testLanguageTagsAsTheDesktopAcceptsThem() {
        XCTAssertTrue(LanguageTag.isTag("ti"))
        XCTAssertTrue(LanguageTag.isTag("fa-AF"))
        XCTAssertTrue(LanguageTag.isTag("zh-Hans-CN"))
        XCTAssertFalse(LanguageTag.isTag("und"))
        XCTAssertFalse(LanguageTag.isTag("e"))
        XCTAssertFalse(LanguageTag.isTag("en_US"))
        XCTAssertFalse(LanguageTag.isTag("en-"))
    }

    func testAudioTypesIOSPlays() {
        XCTAssertEqual(AudioClipPlayer.fileTypeHint("audio/mp4"), AVFileType.m4a.rawValue)
        XCTAssertEqual(AudioClipPlayer.fileTypeHint("audio/mpeg"), AVFileType.mp3.rawValue)
        XCTAssertNil(AudioClipPlayer.fileTypeHint("audio/ogg; codecs=opus"))
    }
}
