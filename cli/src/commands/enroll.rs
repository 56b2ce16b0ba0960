//! `heard enroll`: a new enrollment code as a QR code on the terminal and
//! as files to print (`heard enroll [create]`), and the codes that can
//! still enroll: `list`, `show HANDLE` (the QR code again), `cancel HANDLE`.
//!
//! Creating keeps a copy of the code's payload in the organization folder
//! (`enrollment/HANDLE.txt`, owner-only): the server keeps only a hash of
//! each code, so that copy is the only way to show a code again.

use anyhow::{Result, bail};
use heard_cli::enroll::sheet::{self, Sheet, SheetFiles};
use heard_cli::enroll::{Copies, check_handle, utc_minute};
use heard_cli::org::Org;
use heard_protocol::signing::QrPayload;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use super::{Target, emit};

/// The longest line printed: a terminal's usual width.
const WIDTH: usize = heard_cli::qr::TERMINAL_COLUMNS;

/// `heard enroll`: options to create a code, or a subcommand.
#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct EnrollArgs {
    #[command(subcommand)]
    command: Option<EnrollCommand>,
    #[command(flatten)]
    create: CreateArgs,
}

#[derive(clap::Subcommand)]
enum EnrollCommand {
    /// Create a code (what `heard enroll` with these options does).
    Create(CreateArgs),
    /// List the codes that can still enroll a device: handle, group, uses left, expiry.
    ///
    /// Copies kept here of codes that can no longer enroll (expired, used
    /// up or cancelled) are deleted.
    List {
        #[command(flatten)]
        server: crate::ServerArgs,
    },
    /// Show a code again: the QR code on the terminal and the files to print.
    Show {
        /// The code's handle (from heard enroll list).
        handle: String,
        #[command(flatten)]
        server: crate::ServerArgs,
        /// Folder for the files (enroll-GROUP.png, .svg and .txt).
        #[arg(long, short, value_name = "DIR", default_value = ".")]
        out: PathBuf,
        /// Also write a printable sheet (enroll-GROUP-sheet.pdf, .png, .svg) with instructions.
        #[arg(long)]
        sheet: bool,
    },
    /// Cancel a code: no device can enroll with it any more (enrolled devices stay).
    Cancel {
        /// The code's handle (from heard enroll list).
        handle: String,
        #[command(flatten)]
        server: crate::ServerArgs,
    },
}

/// Creating a code. The server and token are optional here (and checked
/// when used), so that they are not demanded of `heard enroll list`.
#[derive(clap::Args)]
struct CreateArgs {
    #[command(flatten)]
    org: crate::OrgArg,
    /// The server (default: the one in the organization folder).
    #[arg(long, env = "HEARD_SERVER", value_name = "URL")]
    server: Option<String>,
    /// The server's admin token.
    #[arg(
        long,
        env = "HEARD_ADMIN_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    admin_token: Option<String>,
    /// The enrollment group the devices join, e.g. north-district.
    #[arg(long, default_value = "default")]
    group: String,
    /// How many devices may use the code.
    #[arg(long, default_value_t = 1, value_parser = crate::at_least_u32::<1>)]
    uses: u32,
    /// How long the code stays valid, in hours (at most 720).
    #[arg(long, default_value_t = 24)]
    hours: u64,
    /// Folder for the files to print (enroll-GROUP.png, .svg and .txt).
    #[arg(long, short, value_name = "DIR", default_value = ".")]
    out: PathBuf,
    /// Also write a printable sheet (enroll-GROUP-sheet.pdf, .png, .svg) with instructions.
    #[arg(long)]
    sheet: bool,
}

/// Runs `heard enroll …`.
pub async fn main(args: EnrollArgs) -> Result<ExitCode> {
    match args.command {
        None => create(args.create).await,
        Some(EnrollCommand::Create(create_args)) => create(create_args).await,
        Some(EnrollCommand::List { server }) => {
            let (org, target) = server.into_parts();
            list(&org, target).await
        }
        Some(EnrollCommand::Show {
            handle,
            server,
            out,
            sheet,
        }) => {
            let (org, target) = server.into_parts();
            show(&org, target, &handle, &out, sheet).await
        }
        Some(EnrollCommand::Cancel { handle, server }) => {
            let (org, target) = server.into_parts();
            cancel(&org, target, &handle).await
        }
    }
}

/// Creates the code on the server, keeps a copy, and shows it.
async fn create(args: CreateArgs) -> Result<ExitCode> {
    if !(1..=720).contains(&args.hours) {
        bail!("--hours must be from 1 to 720 (30 days)");
    }
    let target = Target {
        server: args.server,
        admin_token: args.admin_token.unwrap_or_default(),
    };
    let group = args.group.as_str();
    let mut org = Org::open(&args.org.org)?;
    let (group_key, new_group) = org.group_secret(group)?;
    let admin = target.admin(Some(&org))?;
    let code = admin
        .create_code(args.uses, Duration::from_secs(args.hours * 3600), group)
        .await?;
    // Only now that the server created the code: a refused code leaves
    // neither a group nor a copy behind.
    if new_group {
        org.add_group(group, &group_key)?;
    }
    let payload = QrPayload {
        code: code.code,
        group: group.to_string(),
        group_key: group_key.to_base64(),
        org_key: org.public_key().to_base64(),
        config: org.signed_config(),
    }
    .encode();
    let (handle, copy) = Copies::new(&org).keep(&payload).map_err(|e| {
        anyhow::anyhow!(
            "{e}\nThe code was created on the server but no copy of it is kept, so it cannot be shown again: cancel it (heard enroll cancel HANDLE, from heard enroll list) and create another."
        )
    })?;
    let words = fingerprint(&org);
    let shown = Shown {
        org_name: &org.file.name,
        group,
        words: &words,
        payload: &payload,
        handle: &handle,
        expires_at: code.expires_at,
        uses_left: code.uses,
        copy: &copy,
    };
    let headline = format!(
        "Enrollment code for group \"{group}\" of {}: {} device(s), valid until {}.",
        org.file.name,
        code.uses,
        utc_minute(code.expires_at)
    );
    present(&shown, &headline, &args.out, args.sheet)
}

/// Lists the active codes, merged with the copies kept here.
async fn list(org_dir: &Path, target: Target) -> Result<ExitCode> {
    let org = open_if_present(org_dir)?;
    let admin = target.admin(org.as_ref())?;
    let codes = admin.enrollment_codes().await?;
    let mut out = String::new();
    let copies = org.as_ref().map(Copies::new);
    let kept: Vec<String> = match &copies {
        Some(c) => c.handles()?,
        None => Vec::new(),
    };
    if codes.is_empty() {
        outln!(
            out,
            "{}",
            wrap(
                &format!(
                    "No enrollment code can enroll a device on {} now.",
                    admin.server()
                ),
                WIDTH
            )
        );
    } else {
        let rows: Vec<[String; 5]> = codes
            .iter()
            .map(|c| {
                [
                    c.handle.clone(),
                    c.group.clone(),
                    c.uses_left.to_string(),
                    utc_minute(c.expires_at),
                    if kept.contains(&c.handle) {
                        "kept".into()
                    } else {
                        "none".into()
                    },
                ]
            })
            .collect();
        let header = ["handle", "group", "uses left", "expires", "copy"].map(String::from);
        out.push_str(&table(&header, &rows, &[false, false, true, false, false]));
        outln!(
            out,
            "{}",
            wrap(
                &format!(
                    "{} code(s) can enroll a device on {}. heard enroll show HANDLE shows one again; heard enroll cancel HANDLE stops one.",
                    codes.len(),
                    admin.server()
                ),
                WIDTH
            )
        );
        if rows.iter().any(|r| r[4] == "none") {
            outln!(
                out,
                "{}",
                wrap(
                    "A code without a copy here was created on another computer or by an earlier heard: it cannot be shown again from here. Cancel it if its prints are lost.",
                    WIDTH
                )
            );
        }
    }
    match &copies {
        Some(copies) => {
            let active: Vec<&str> = codes.iter().map(|c| c.handle.as_str()).collect();
            let stale: Vec<&String> = kept
                .iter()
                .filter(|h| !active.contains(&h.as_str()))
                .collect();
            let (mut removed, mut elsewhere, mut unreadable) = (0, 0, Vec::new());
            for handle in stale {
                match copies.read(handle) {
                    // Only a server that knows the code can say it is
                    // dead: a copy made for another server is kept.
                    Ok(Some(local)) if same_server(&local.offer.server, admin.server()) => {
                        copies.remove(handle)?;
                        removed += 1;
                    }
                    Ok(Some(_)) => elsewhere += 1,
                    Ok(None) => {}
                    Err(e) => unreadable.push(e.to_string()),
                }
            }
            if removed > 0 {
                outln!(
                    out,
                    "{}",
                    wrap(
                        &format!(
                            "Deleted {removed} copy(ies) in {} of codes that can no longer enroll (expired, used up or cancelled).",
                            copies.dir().display()
                        ),
                        WIDTH
                    )
                );
            }
            if elsewhere > 0 {
                outln!(
                    out,
                    "{}",
                    wrap(
                        &format!(
                            "{elsewhere} copy(ies) in {} are of codes for another server than {}: kept.",
                            copies.dir().display(),
                            admin.server()
                        ),
                        WIDTH
                    )
                );
            }
            for problem in unreadable {
                outln!(out, "{}", wrap(&format!("Not read: {problem}"), WIDTH));
            }
        }
        None => outln!(
            out,
            "{}",
            wrap(
                &format!(
                    "No organization folder at {} (pass --org): the copies of codes kept there were not checked.",
                    org_dir.display()
                ),
                WIDTH
            )
        ),
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Shows a code again from the copy kept here, if the server says it can
/// still enroll.
async fn show(
    org_dir: &Path,
    target: Target,
    handle: &str,
    out: &Path,
    want_sheet: bool,
) -> Result<ExitCode> {
    check_handle(handle)?;
    let org = Org::open(org_dir)?;
    let copies = Copies::new(&org);
    let Some(local) = copies.read(handle)? else {
        bail!(
            "no copy of code {handle} is kept in {}: only codes created on this computer with this version of heard can be shown again. To enroll more devices, create a new code (heard enroll --group NAME), and cancel {handle} if its prints are lost.",
            copies.dir().display()
        );
    };
    let admin = target.admin(Some(&org))?;
    let codes = admin.enrollment_codes().await?;
    let Some(info) = codes.iter().find(|c| c.handle == handle) else {
        let removed = same_server(&local.offer.server, admin.server()) && copies.remove(handle)?;
        bail!(
            "code {handle} can no longer enroll a device on {} (expired, used up or cancelled){}. Create a new one: heard enroll --group {}",
            admin.server(),
            if removed {
                format!("; its copy {} was deleted", local.path.display())
            } else {
                String::new()
            },
            local.offer.group
        );
    };
    let shown = Shown {
        org_name: &local.offer.org_name,
        group: &local.offer.group,
        words: &local.offer.fingerprint,
        payload: &local.payload,
        handle,
        expires_at: info.expires_at,
        uses_left: info.uses_left,
        copy: &local.path,
    };
    let headline = format!(
        "Enrollment code {handle} for group \"{}\" of {}: {} use(s) left, valid until {}.",
        local.offer.group,
        local.offer.org_name,
        info.uses_left,
        utc_minute(info.expires_at)
    );
    present(&shown, &headline, out, want_sheet)
}

/// Cancels a code on the server, then deletes the copy kept here.
async fn cancel(org_dir: &Path, target: Target, handle: &str) -> Result<ExitCode> {
    check_handle(handle)?;
    let org = open_if_present(org_dir)?;
    let admin = target.admin(org.as_ref())?;
    let cancelled = admin.cancel_code(handle).await.map_err(|e| match e {
        heard_cli::Error::Refused { status: 404, .. } => anyhow::anyhow!(
            "there is no enrollment code {handle} on {} (created on another server?); nothing was changed. heard enroll list shows the codes that can still enroll.",
            admin.server()
        ),
        other => other.into(),
    })?;
    let copies = org.as_ref().map(Copies::new);
    // The group, for the advice below, from the copy before it goes.
    let group = copies
        .as_ref()
        .and_then(|c| c.read(handle).ok().flatten())
        .map(|l| l.offer.group);
    let removed = match &copies {
        Some(c) => c.remove(handle)?.then(|| c.path(handle)),
        None => None,
    };
    let mut out = String::new();
    let said = if cancelled.uses_cancelled == 0 {
        format!(
            "Code {handle} had no use left (it had expired or was used up): no device could enroll with it already."
        )
    } else {
        format!(
            "Cancelled code {handle}: the {} use(s) it had left can no longer enroll a device. Devices already enrolled with it stay enrolled.",
            cancelled.uses_cancelled
        )
    };
    outln!(out, "{}", wrap(&said, WIDTH));
    if let Some(path) = removed {
        outln!(
            out,
            "{}",
            wrap(&format!("Deleted its copy {}.", path.display()), WIDTH)
        );
    }
    let revoke = group.map_or_else(
        || "heard devices revoke --group NAME".to_string(),
        |g| format!("heard devices revoke --group {g}"),
    );
    outln!(
        out,
        "{}",
        wrap(
            &format!(
                "Its prints and files still hold the group's signing key: destroy them. If one went astray, revoke the group ({revoke}) and enroll the devices into a new one."
            ),
            WIDTH
        )
    );
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// A code to show, from creating it or from its copy.
struct Shown<'a> {
    org_name: &'a str,
    group: &'a str,
    words: &'a [String],
    payload: &'a str,
    handle: &'a str,
    expires_at: i64,
    uses_left: u32,
    copy: &'a Path,
}

/// Prints the code (on the terminal when it fits 80 columns) and writes
/// its files, and the sheet when asked. A sheet that cannot be made
/// (no Chromium) is said last and fails the command, after everything
/// else was written and shown.
fn present(shown: &Shown<'_>, headline: &str, out: &Path, want_sheet: bool) -> Result<ExitCode> {
    let group = shown.group;
    std::fs::create_dir_all(out)
        .map_err(|e| anyhow::anyhow!("{}: {}", out.display(), heard_cli::error::plain_io(&e)))?;
    let png = out.join(format!("enroll-{group}.png"));
    let svg = out.join(format!("enroll-{group}.svg"));
    let txt = out.join(format!("enroll-{group}.txt"));
    let qr = heard_cli::qr::encode(shown.payload)?;
    heard_cli::qr::write_png(&qr, &png)?;
    heard_cli::files::write_atomic(&svg, heard_cli::qr::to_svg(&qr).as_bytes(), true)?;
    heard_cli::files::write_atomic(&txt, format!("{}\n", shown.payload).as_bytes(), true)?;
    let mut sheet_problem = None;
    let sheet_files = want_sheet.then(|| SheetFiles::new(out, group));
    if let Some(files) = &sheet_files {
        let sheet = Sheet {
            org_name: shown.org_name,
            group,
            words: shown.words,
            expires_at: shown.expires_at,
            uses_left: shown.uses_left,
            handle: shown.handle,
            payload: shown.payload,
        };
        sheet::write_svg(&sheet, &files.svg)?;
        // The PDF needs the same browser as the PNG: one message if it is missing.
        sheet_problem = sheet::write_png(&sheet, &files.png)
            .and_then(|()| sheet::write_pdf(&sheet, &files.pdf))
            .err();
    }
    let mut text = String::new();
    match heard_cli::qr::for_terminal(shown.payload)? {
        Some(terminal) => text.push_str(&terminal),
        None => outln!(
            text,
            "{}",
            wrap(
                &format!(
                    "The code is too big to draw in {WIDTH} columns: to scan it from this screen, open {}.",
                    png.display()
                ),
                WIDTH
            )
        ),
    }
    let mut say = |line: String| outln!(text, "{}", wrap(&line, WIDTH));
    say(headline.to_string());
    say(format!(
        "Before accepting, the device shows these words; they must match: {}",
        shown.words.join(" ")
    ));
    say(format!("To print: {} and {}", png.display(), svg.display()));
    say(format!(
        "For a device that cannot scan (the desktop app), paste the text in {}",
        txt.display()
    ));
    if let Some(files) = &sheet_files {
        if sheet_problem.is_none() {
            say(format!(
                "A sheet to print, with the words and instructions: {} (also {} and {})",
                files.pdf.display(),
                files.png.display(),
                files.svg.display()
            ));
        } else {
            say(format!(
                "The sheet is written as {} only.",
                files.svg.display()
            ));
        }
    }
    say(format!(
        "Its handle is {h}: heard enroll show {h} shows it again (its copy is {}), heard enroll cancel {h} stops it.",
        shown.copy.display(),
        h = shown.handle
    ));
    say(
        "Anyone who scans the code can enroll until it is used up or expires, and it holds the group's signing key: destroy the prints and delete these files once the devices are enrolled."
            .into(),
    );
    emit(&text)?;
    if let Some(problem) = sheet_problem {
        eprintln!(
            "error: {problem}\nThe code and its other files are ready; heard enroll show {} --sheet makes the sheet again.",
            shown.handle
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The organization folder, if `dir` holds one; a folder that holds one
/// but cannot be read is an error, not "no folder".
fn open_if_present(dir: &Path) -> Result<Option<Org>> {
    if dir.join("org.toml").exists() {
        Ok(Some(Org::open(dir)?))
    } else {
        Ok(None)
    }
}

fn fingerprint(org: &Org) -> Vec<String> {
    org.public_key()
        .fingerprint_words()
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// Whether two server addresses are the same server, as written.
fn same_server(a: &str, b: &str) -> bool {
    a.trim_end_matches('/')
        .eq_ignore_ascii_case(b.trim_end_matches('/'))
}

/// `text` broken at spaces into lines of at most `width` characters (a
/// single word longer than that, such as a long path, stays whole).
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if line > 0 && line + 1 + len > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += len;
    }
    out
}

/// Rows under a header, each column as wide as its widest cell, two
/// spaces apart; `right` aligns a column's cells right (numbers).
pub fn table<const N: usize>(
    header: &[String; N],
    rows: &[[String; N]],
    right: &[bool; N],
) -> String {
    let mut all = Vec::with_capacity(rows.len() + 1);
    all.push(header.clone());
    all.extend_from_slice(rows);
    columns(&all, right)
}

/// Rows aligned in columns, as [`table`] without a header.
pub fn columns<const N: usize>(rows: &[[String; N]], right: &[bool; N]) -> String {
    let mut widths = [0; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                line.push_str("  ");
            }
            let pad = widths[i].saturating_sub(cell.chars().count());
            if right[i] {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_and_long_words_stay_whole() {
        let text = wrap("one two three four five six seven eight nine ten", 12);
        assert_eq!(text, "one two\nthree four\nfive six\nseven eight\nnine ten");
        assert_eq!(
            wrap("a codes/a-very-long-path.png b", 8),
            "a\ncodes/a-very-long-path.png\nb"
        );
    }

    #[test]
    fn tables_align_text_left_and_numbers_right() {
        let header = ["group", "n"].map(String::from);
        let rows = [
            ["north".to_string(), "2".to_string()],
            ["a".to_string(), "100".to_string()],
        ];
        assert_eq!(
            table(&header, &rows, &[false, true]),
            "group    n\nnorth    2\na      100\n"
        );
    }
}
