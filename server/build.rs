//! Builds the web survey page into the server when `HEARD_WEB_PAGE_DIR`
//! names a page built by `cargo xtask web --out DIR` (as
//! `cargo xtask web --server` does), so that one binary serves the API and
//! the page. Without it the server has no page of its own and serves one
//! only from `--web-page DIR`.

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo:rerun-if-env-changed=HEARD_WEB_PAGE_DIR");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_page.rs");
    let mut code = String::from(
        "/// The page's files built in, by name.\npub(crate) const EMBEDDED: &[(&str, &[u8])] = &[\n",
    );
    if let Some(dir) = env::var_os("HEARD_WEB_PAGE_DIR").filter(|d| !d.is_empty()) {
        let dir = Path::new(&dir);
        let dir = dir.canonicalize().unwrap_or_else(|e| {
            panic!(
                "HEARD_WEB_PAGE_DIR={}: {e}; build the page first with `cargo xtask web --out DIR`",
                dir.display()
            )
        });
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("HEARD_WEB_PAGE_DIR={}: {e}", dir.display()))
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| e.path())
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            code.push_str(&format!(
                "    ({name:?}, include_bytes!({:?})),\n",
                file.display().to_string()
            ));
        }
    }
    code.push_str("];\n");
    fs::write(out, code).expect("OUT_DIR is writable");
}
