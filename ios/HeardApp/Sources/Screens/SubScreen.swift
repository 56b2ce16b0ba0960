// A screen reached from home (Home.kt's SubScreen): its title, Back, and
// the content scrolling below.

import SwiftUI
import HeardCore

/// The frame of the outbox and settings screens.
@MainActor
struct SubScreen<Content: SwiftUI.View>: SwiftUI.View {
    @ObservedObject private var root: RootModel
    private let title: String
    private let content: Content

    init(root: RootModel, title: String, @ViewBuilder content: () -> Content) {
        _root = ObservedObject(wrappedValue: root)
        self.title = title
        self.content = content()
    }

    var body: some SwiftUI.View {
        let strings = root.strings
        VStack(spacing: 0) {
            HStack {
                Button(strings["nav-back"]) { root.home() }
                    .touchTarget()
                Text(title)
                    .font(.title2)
                    .frame(maxWidth: .infinity, alignment: .leading)
                    .padding(.horizontal, 8)
                    .accessibilityAddTraits(.isHeader)
            }
            .padding(.horizontal, 8)
            .padding(.vertical, 4)
            Divider()
            ScrollView {
                VStack(alignment: .leading, spacing: 16) {
                    content
                }
                .padding(20)
                .frame(maxWidth: .infinity, alignment: .leading)
            }
        }
        .background(Theme.background)
        .directed(strings.rtl)
    }
}
