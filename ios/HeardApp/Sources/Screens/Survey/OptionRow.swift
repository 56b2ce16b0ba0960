// A row to tap (Survey.kt's OptionRow): at least one touch target tall,
// with a radio button or a check box at its start, and room at its end for
// a "listen" button.

import SwiftUI

/// One option of a choice, consent or "prefer not to say".
@MainActor
struct OptionRow<Trailing: View>: View {
    let text: String
    let selected: Bool
    /// A check box (several may be ticked) rather than a radio button.
    let multiple: Bool
    let action: () -> Void
    let trailing: Trailing

    init(text: String, selected: Bool, multiple: Bool, action: @escaping () -> Void, @ViewBuilder trailing: () -> Trailing) {
        self.text = text
        self.selected = selected
        self.multiple = multiple
        self.action = action
        self.trailing = trailing()
    }

    var body: some View {
        HStack(spacing: 0) {
            Button(action: action) {
                HStack(spacing: 12) {
                    Image(systemName: symbol)
                        .imageScale(.large)
                        .foregroundStyle(selected ? Theme.primary : Theme.secondary)
                        .accessibilityHidden(true)
                    Text(text)
                        .frame(maxWidth: .infinity, alignment: .leading)
                }
                .frame(minHeight: Theme.touchTarget)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityAddTraits(selected ? .isSelected : [])
            trailing
        }
        .padding(.vertical, 4)
    }

    private var symbol: String {
        if multiple {
            return selected ? "checkmark.square.fill" : "square"
        }
        return selected ? "largecircle.fill.circle" : "circle"
    }
}

extension OptionRow where Trailing == EmptyView {
    /// A row with nothing at its end.
    init(text: String, selected: Bool, multiple: Bool, action: @escaping () -> Void) {
        self.init(text: text, selected: selected, multiple: multiple, action: action) { EmptyView() }
    }
}
