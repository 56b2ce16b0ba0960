//! uniffi's own bindgen command line, pinned to the workspace's uniffi
//! version so that the generated bindings always match the scaffolding.

fn main() {
    uniffi::uniffi_bindgen_main()
}
