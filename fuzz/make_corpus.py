#!/usr/bin/env python3
"""Writes the seed corpus of every fuzz target into fuzz/corpus/<target>/
from the repository's questionnaires and test fixtures. Run from the
repository root: python3 fuzz/make_corpus.py (needs the `age` CLI for the
envelope seeds). The output is committed; rerun after fixtures change."""

import base64, hashlib, io, json, os, pathlib, re, subprocess, tomllib, zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "corpus"
MAX_SEED = 64 * 1024
# The throwaway key the envelope target decrypts with (its secret is in
# fuzz_targets/envelope.rs).
FUZZ_RECIPIENT = "age1dmdzxr0czacq89gcrvrf76puwak888k5mmk9vyqs7hmn33tvggnsqkn4tk"


def write(target, data, name=None):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > MAX_SEED:
        return
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    name = name or hashlib.sha1(data).hexdigest()[:16]
    (d / name).write_bytes(data)


def questionnaire_dirs():
    dirs = []
    for base in ["questionnaires", "core/engine/tests/fixtures", "core/engine/tests/broken"]:
        for d in sorted((ROOT / base).iterdir()):
            if (d / "questionnaire.toml").exists():
                dirs.append(d)
    return dirs


def ftl_by_locale(d):
    out = {}
    loc = d / "locales"
    if loc.is_dir():
        for tag in sorted(loc.iterdir()):
            texts = [f.read_text(errors="replace") for f in sorted(tag.glob("*.ftl"))]
            if texts:
                out[tag.name] = "\n".join(texts)
    return out


def questionnaire_load():
    for d in questionnaire_dirs():
        toml = (d / "questionnaire.toml").read_text(errors="replace")
        ftl = ftl_by_locale(d)
        # The target names the slots en, ar, fr: the default locale first.
        try:
            default = tomllib.loads(toml).get("default_locale", "en")
        except Exception:
            default = "en"
        first = ftl.get(default) or ftl.get("en") or next(iter(ftl.values()), "")
        if default != "en":
            toml = re.sub(r'default_locale\s*=\s*"[^"]*"', 'default_locale = "en"', toml)
        slots = [first, ftl.get("ar", ""), ftl.get("fr", "")]
        while slots and not slots[-1]:
            slots.pop()
        write("questionnaire_load", "\0".join([toml] + slots), d.name)


def expressions():
    found = set()
    for d in questionnaire_dirs():
        try:
            t = tomllib.loads((d / "questionnaire.toml").read_text())
        except Exception:
            continue
        for item in t.get("items", []):
            for key in ["relevant", "constraint", "required", "calculate"]:
                v = item.get(key)
                if isinstance(v, str):
                    found.add(v)
    # The fuzz target's items: age (number), kind (choice a/b/c), when
    # (date), picked (multiple choice), note (text), ok (true/false).
    found |= {
        "${age} >= 18 and ${age} <= 120",
        "selected(${picked}, 'a') or ${kind} = 'b'",
        "count-selected(${picked}) > 1",
        "string-length(${note}) < 500",
        "if(${ok}, ${age} * 2, coalesce(${age}, 0))",
        "${when} <= today() and ${when} > '2020-01-31'",
        ". mod 7 = 0 and not(. div 2 > 3)",
        "-(${age} - 1.5) != 2",
        "true() and false() or ${ok} = true()",
    }
    head = bytes([0, 0, 0, 0, 0, 0, 0x45, 0x40, 3, 0x20, 0x4e, 0, 0, 5, 0, 0])
    for e in sorted(found):
        write("expression", head + e.encode())


def seal(plain):
    return subprocess.run(
        ["age", "-r", FUZZ_RECIPIENT], input=plain, capture_output=True, check=True
    ).stdout


def submission(i):
    return {
        "schema": 1,
        "submission_id": f"{i:032x}",
        "questionnaire": {"id": "post-encounter", "version": 1},
        "kind": "survey",
        "locale": "en",
        "submitted_on": "2026-11-02",
        "answers": {"consent": True, "contact_kind": "reported_crime", "pj_respect": "4"},
    }


def pad(b, bucket=1024):
    n = max(1, -(-len(b) // bucket)) * bucket
    return b + b" " * (n - len(b))


def envelopes():
    envs = []
    for i, plain in enumerate([b"{}", pad(json.dumps(submission(1)).encode()), b"x" * 70000]):
        env = seal(plain)
        envs.append(env)
        write("envelope", env, f"sealed-{i}")
    two = subprocess.run(
        ["age", "-r", FUZZ_RECIPIENT, "-r", FUZZ_RECIPIENT, "-a"],
        input=b"{}", capture_output=True, check=True,
    ).stdout
    write("envelope", two, "armored-two-recipients")
    write("envelope", b"age-encryption.org/v1\n-> X25519 abc\nYWJj\n--- bWFj\n" + b"\0" * 40, "minimal")
    return envs


def b64(b):
    return base64.b64encode(b).decode()


def bundle_json(d, en_only=True):
    toml = (d / "questionnaire.toml").read_text(errors="replace")
    try:
        t = tomllib.loads(toml)
        qid, version = t.get("id", d.name), t.get("version", 1)
    except Exception:
        qid, version = d.name, 1
    files = {"questionnaire.toml": toml}
    loc = d / "locales"
    if loc.is_dir():
        for tag in sorted(loc.iterdir()):
            if en_only and tag.name not in ("en", "ar"):
                continue
            for f in sorted(tag.glob("*.ftl")):
                files[f"locales/{tag.name}/{f.name}"] = f.read_text(errors="replace")
    return {"questionnaire_id": qid, "version": version, "files": files}


def signed(payload):
    text = json.dumps(payload, separators=(",", ":"))
    return {"payload": text, "signature": b64(b"\x01" * 64)}


def org_config():
    return {"org_name": "Refugee Legal Aid Network", "server": "https://heard.example.org",
            "recipients": [FUZZ_RECIPIENT], "serial": 1}


def signed_documents(envs):
    t = "signed_documents"
    for d in questionnaire_dirs():
        b = json.dumps(bundle_json(d)).encode()
        write(t, b"\x01" + b, "bundle-" + d.name)
    write(t, b"\x00" + json.dumps(signed(bundle_json(ROOT / "questionnaires/post-encounter"))).encode(), "signed-bundle")
    write(t, b"\x00" + json.dumps(signed(org_config())).encode(), "signed-config")
    write(t, b"\x02" + json.dumps(org_config()).encode(), "config")
    qr = {"code": "abc123", "group": "north", "group_key": b64(b"k" * 32),
          "org_key": b64(b"o" * 32), "config": signed(org_config())}
    write(t, b"\x03heard1:" + base64.urlsafe_b64encode(json.dumps(qr).encode()).rstrip(b"="), "qr")
    items = [{"submission_id": f"{i:032x}", "questionnaire_id": "post-encounter",
              "questionnaire_version": 1, "envelope": b64(e)} for i, e in enumerate(envs[:2])]
    write(t, b"\x04" + json.dumps({"items": items}).encode(), "upload")
    write(t, b"\x05" + json.dumps({"results": [
        {"submission_id": f"{1:032x}", "status": "stored"},
        {"submission_id": f"{2:032x}", "status": "rejected", "reason": "invalid envelope"}]}).encode(), "upload-response")
    write(t, b"\x06" + json.dumps({"code": "abc"}).encode(), "enroll")
    write(t, b"\x06" + json.dumps({"device_id": "d", "token": "t"}).encode(), "enrolled")
    write(t, b"\x07" + json.dumps({"items": [dict(i, seq=n + 1) for n, i in enumerate(items)], "next_after": 2}).encode(), "export")
    write(t, b"\x08" + json.dumps({"uses": 3, "expires_in_secs": 3600, "group": "north"}).encode(), "code")
    write(t, b"\x08" + json.dumps({"submission_ids": [f"{1:032x}"]}).encode(), "purge")
    write(t, b"\x09" + json.dumps({"group": "poster-1", "questionnaire_id": "post-encounter", "expires_at": 1999999999, "max_submissions": 500}).encode(), "link")
    write(t, b"\x0a" + json.dumps({"error": "bad-request", "message": "no"}).encode(), "error")
    write(t, b"\x0b" + json.dumps({"locales/en/audio/consent.ogg": b64(b"OggS" + b"\0" * 60)}).encode(), "audio")
    return items


def server_requests(items):
    t = "server_requests"
    write(t, b"\x00" + json.dumps({"items": items}).encode(), "upload")
    write(t, b"\x00" + json.dumps({"items": []}).encode(), "upload-empty")
    write(t, b"\x28" + json.dumps({"code": "abc"}).encode(), "enroll")
    write(t, b"\x32" + json.dumps(signed(bundle_json(ROOT / "questionnaires/post-encounter"))).encode(), "publish")
    write(t, b"\x3c" + json.dumps(signed(org_config())).encode(), "config")
    write(t, b"\x46" + json.dumps({"uses": 3, "expires_in_secs": 3600, "group": "north"}).encode(), "code")
    write(t, b"\x50" + json.dumps({"submission_ids": [f"{1:032x}"]}).encode(), "purge")
    write(t, b"\x5a" + json.dumps({"group": "poster-1", "questionnaire_id": "post-encounter", "expires_at": 1999999999, "max_submissions": 500}).encode(), "link")
    write(t, b"\x64after=0&limit=10", "export")
    for i, path in enumerate(["/v1/questionnaires", "/v1/questionnaires/post-encounter", "/v1/config",
                              "/s/abc/", "/s/abc/index.html", "/v1/admin/status", "/healthz", "/metrics"]):
        write(t, b"\x72" + path.encode(), f"path-{i}")


# XLSForms, as Heard's own XLSForm test corpus (xlsform/tests/corpus) writes them.
FORMS = {
    "contact-basic": {
        "survey": [
            ["type", "name", "label::English (en)", "hint::English (en)", "required", "relevant", "constraint", "constraint_message::English (en)"],
            ["note", "intro", "This survey is anonymous.", "", "", "", "", ""],
            ["select_one contact_kind", "contact_kind", "What kind of contact was it?", "", "yes", "", "", ""],
            ["select_multiple help", "help_given", "Which help were you offered?", "Choose all that apply.", "", "${contact_kind} = 'called_police'", "", ""],
            ["integer", "officers", "How many officers were there?", "", "", "", ". >= 1 and . <= 30", "Between 1 and 30."],
            ["decimal", "wait_hours", "How long did you wait, in hours?", "For example 1.5", "", "", ". >= 0", "The wait cannot be negative."],
            ["text", "comments", "Anything else?", "Do not write names.", "", "", "", ""],
        ],
        "choices": [
            ["list_name", "name", "label::English (en)"],
            ["contact_kind", "stopped", "I was stopped"],
            ["contact_kind", "called_police", "I called the police"],
            ["help", "interpreter", "An interpreter"],
            ["help", "none", "None"],
        ],
        "settings": [["form_title", "form_id", "version", "default_language"], ["After a police contact", "contact-basic", "3", "English (en)"]],
    },
    "trilingual": {
        "survey": [
            ["type", "name", "label::English (en)", "label::العربية (ar)", "label::Français (fr)", "constraint", "required"],
            ["select_one yes_no", "treated_fairly", "Were you treated fairly?", "هل عوملت بإنصاف؟", "Avez-vous été traité équitablement ?", "", "yes"],
            ["integer", "age", "How old are you?", "كم عمرك؟", "Quel âge avez-vous ?", ". >= 18", ""],
            ["begin_group", "g", "A page", "صفحة", "Une page", "", ""],
            ["date", "when", "When?", "متى؟", "Quand ?", ". <= today()", ""],
            ["calculate", "double", "", "", "", "", ""],
            ["end_group", "", "", "", "", "", ""],
        ],
        "choices": [
            ["list_name", "name", "label::English (en)", "label::العربية (ar)", "label::Français (fr)"],
            ["yes_no", "yes", "Yes", "نعم", "Oui"],
            ["yes_no", "no", "No", "لا", "Non"],
        ],
        "settings": [["form_id", "version", "default_language", "form_title"], ["trilingual", "1", "English (en)", "Feedback"]],
    },
    "cycle": {
        "survey": [
            ["type", "name", "label::English (en)", "relevant"],
            ["select_one yes_no", "a", "A?", "${b} = 'yes'"],
            ["select_one yes_no", "b", "B?", "${a} = 'yes'"],
            ["select_one yes_no", "single", "One?", ""],
            ["select_one yes_no", "c", "C?", "count-selected(${single}) > 0"],
            ["note", "d", "After C.", "${c} = 'yes'"],
        ],
        "choices": [["list_name", "name", "label::English (en)"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]],
        "settings": [["form_id", "version", "default_language"], ["cycle", "1", "en"]],
    },
}


def csv_text(form):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for sheet, rows in form.items():
        w.writerow([sheet] + rows[0])
        for r in rows[1:]:
            w.writerow([""] + r)
    return buf.getvalue()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(form):
    buf = io.BytesIO()
    names = list(form)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   + "".join(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))
                   + "</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   + "".join(f'<sheet name="{n}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i, n in enumerate(names))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(names)))
                   + "</Relationships>")
        for i, n in enumerate(names):
            rows = "".join(
                f'<row r="{r+1}">' + "".join(
                    f'<c r="{col(c)}{r+1}" t="inlineStr"><is><t>{esc(v)}</t></is></c>'
                    for c, v in enumerate(row) if v) + "</row>"
                for r, row in enumerate(form[n]))
            z.writestr(f"xl/worksheets/sheet{i+1}.xml",
                       '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                       + rows + "</sheetData></worksheet>")
    return buf.getvalue()


def xlsform():
    for name, form in FORMS.items():
        write("xlsform_import", b"\x00" + csv_text(form).encode(), f"{name}.csv")
        write("xlsform_import", b"\x02" + csv_text(form).encode(), f"{name}-partial.csv")
        write("xlsform_import", b"\x03" + xlsx(form), f"{name}.xlsx")


if __name__ == "__main__":
    questionnaire_load()
    expressions()
    envs = envelopes()
    items = signed_documents(envs)
    server_requests(items)
    xlsform()
    for d in sorted(OUT.iterdir()):
        files = list(d.iterdir())
        print(f"{d.name}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes")
