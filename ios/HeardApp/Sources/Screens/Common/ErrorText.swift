// An error line, in its own language's direction.

import SwiftUI
import HeardCore

/// An error in the error colour, laid out in its own direction.
struct ErrorText: SwiftUI.View {
    let message: LocalizedText

    var body: some SwiftUI.View {
        Text(message.text)
            .font(.subheadline)
            .foregroundStyle(Theme.error)
            .frame(maxWidth: .infinity, alignment: .leading)
            .directed(message.rtl)
    }
}
