//! Recorded audio prompts in questionnaire bundles: which files are
//! accepted, how large they may be, and how their type is recognised.
//!
//! A prompt is `locales/<tag>/audio/<message-id>.<ext>`. Its type is decided
//! twice, by the extension and by the first bytes, and both must agree: an
//! extension alone would let any file through under an audio name, and the
//! apps hand these bytes to the platform's media decoder.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use std::collections::BTreeMap;

/// The largest one recording may be: 1 MiB. Speech in Opus at 24 kbit/s
/// fills it in about five minutes and MP3 at 128 kbit/s in about a minute,
/// far beyond what a question, hint or option needs; a larger file is
/// almost certainly the wrong file (a video, an uncompressed recording).
pub const MAX_AUDIO_FILE: usize = 1024 * 1024;

/// The most audio one questionnaire (one bundle) may carry: 32 MiB of
/// recordings. A survey of about 120 messages recorded in four spoken
/// languages at 20 KB a prompt is under 10 MiB; the cap leaves room for
/// longer prompts while keeping a bundle something a phone on a poor
/// connection can still download. In a bundle the bytes are base64, about
/// 43 MiB of JSON: the server's publish route accepts that much on top of
/// its request limit (`HEARD_MAX_BODY`, 8 MiB by default), which every
/// device route keeps.
pub const MAX_AUDIO_BUNDLE: usize = 32 * 1024 * 1024;

/// The accepted audio formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AudioType {
    /// Ogg Vorbis or Ogg Opus (`.ogg`).
    Ogg,
    /// Ogg Opus (`.opus`).
    Opus,
    /// AAC in an MPEG-4 container (`.m4a`).
    M4a,
    /// MPEG-1/2 Layer III (`.mp3`).
    Mp3,
}

impl AudioType {
    /// Every accepted type.
    pub const ALL: [AudioType; 4] = [
        AudioType::Ogg,
        AudioType::Opus,
        AudioType::M4a,
        AudioType::Mp3,
    ];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            AudioType::Ogg => "ogg",
            AudioType::Opus => "opus",
            AudioType::M4a => "m4a",
            AudioType::Mp3 => "mp3",
        }
    }

    /// The type an extension (without the dot, lower case) names.
    pub fn from_extension(ext: &str) -> Option<AudioType> {
        Self::ALL.into_iter().find(|t| t.extension() == ext)
    }

    /// The media type to hand a player.
    pub fn media_type(self) -> &'static str {
        match self {
            AudioType::Ogg => "audio/ogg",
            AudioType::Opus => "audio/ogg; codecs=opus",
            AudioType::M4a => "audio/mp4",
            AudioType::Mp3 => "audio/mpeg",
        }
    }

    /// Whether `bytes` start the way a file of this type does.
    pub fn matches(self, bytes: &[u8]) -> bool {
        match self {
            AudioType::Ogg => ogg_codec(bytes).is_some(),
            AudioType::Opus => ogg_codec(bytes) == Some(OggCodec::Opus),
            AudioType::M4a => is_m4a(bytes),
            AudioType::Mp3 => is_mp3(bytes),
        }
    }
}

/// The list of accepted extensions, for messages: `.ogg, .opus, .m4a, .mp3`.
pub fn extensions() -> String {
    AudioType::ALL
        .iter()
        .map(|t| format!(".{}", t.extension()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OggCodec {
    Vorbis,
    Opus,
}

/// The codec of an Ogg stream's first packet. Only Vorbis and Opus are
/// accepted: Ogg also carries FLAC, Speex and video, which the apps'
/// players do not all decode.
fn ogg_codec(bytes: &[u8]) -> Option<OggCodec> {
    // Page header: "OggS", version 0, header type, granule (8), serial (4),
    // sequence (4), checksum (4), segment count at byte 26, then the
    // segment table; the first packet follows it.
    if bytes.get(..5)? != b"OggS\0" {
        return None;
    }
    let segments = usize::from(*bytes.get(26)?);
    let packet = bytes.get(27 + segments..)?;
    if packet.starts_with(b"OpusHead") {
        Some(OggCodec::Opus)
    } else if packet.starts_with(b"\x01vorbis") {
        Some(OggCodec::Vorbis)
    } else {
        None
    }
}

/// An ISO base media file whose `ftyp` box names an audio-capable brand.
fn is_m4a(bytes: &[u8]) -> bool {
    const BRANDS: [&[u8; 4]; 6] = [b"M4A ", b"M4B ", b"mp41", b"mp42", b"isom", b"iso2"];
    let Some(size) = bytes.get(..4) else {
        return false;
    };
    if bytes.get(4..8) != Some(b"ftyp") {
        return false;
    }
    let size = u32::from_be_bytes([size[0], size[1], size[2], size[3]]) as usize;
    // Major brand at 8..12, minor version at 12..16, compatible brands after.
    let end = size.min(bytes.len());
    if end < 16 {
        return false;
    }
    std::iter::once(&bytes[8..12])
        .chain(bytes[16..end].chunks_exact(4))
        .any(|brand| BRANDS.iter().any(|b| b.as_slice() == brand))
}

/// An ID3v2 tag, or an MPEG audio frame header of Layer III.
fn is_mp3(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"ID3") {
        return true;
    }
    match bytes {
        // 11 sync bits, a version that is not "reserved" (01), layer III (01),
        // a bitrate index that is neither "free" (0000) nor "bad" (1111) and a
        // sampling rate that is not "reserved" (11).
        [0xFF, b1, b2, ..] => {
            b1 & 0xE0 == 0xE0
                && (b1 >> 3) & 0b11 != 0b01
                && (b1 >> 1) & 0b11 == 0b01
                && b2 >> 4 != 0
                && b2 >> 4 != 0xF
                && (b2 >> 2) & 0b11 != 0b11
        }
        _ => false,
    }
}

/// Why an audio file or a bundle's audio was refused: the file and the
/// problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {problem}")]
pub struct AudioError {
    /// The file, as a path inside the questionnaire
    /// (`locales/ps/audio/q1.opus`).
    pub path: String,
    /// What is wrong with it.
    pub problem: AudioProblem,
}

/// What is wrong with one audio file. The message leaves the file out, so
/// that a diagnostic which already names it does not say it twice.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AudioProblem {
    /// The path is not `locales/<tag>/audio/<name>.<ext>` with an accepted
    /// extension.
    #[error(
        "not an audio prompt Heard accepts: name it locales/<language>/audio/<message-id> with one of {}",
        extensions()
    )]
    Path,
    /// The bundle's text is not base64.
    #[error("the audio is not base64: {0}")]
    Base64(String),
    /// Larger than [`MAX_AUDIO_FILE`].
    #[error("{size} bytes of audio, more than the {max} allowed for one recording")]
    FileTooLarge {
        /// Its size (at least: reading stops past the limit).
        size: usize,
        /// The limit.
        max: usize,
    },
    /// Together with the files before it, larger than [`MAX_AUDIO_BUNDLE`].
    #[error(
        "with this file the audio adds up to {total} bytes, more than the {max} allowed for one questionnaire"
    )]
    BundleTooLarge {
        /// The total with it.
        total: usize,
        /// The limit.
        max: usize,
    },
    /// The first bytes are not those of the type its extension names.
    #[error("the content is not {} audio ({})", expected.extension(), match found { Some(t) => format!("it looks like .{}: rename it or convert it", t.extension()), None => "its first bytes match none of the accepted formats".to_string() })]
    WrongType {
        /// What the extension says.
        expected: AudioType,
        /// What the bytes look like, if any accepted type.
        found: Option<AudioType>,
    },
}

fn refused(path: &str, problem: AudioProblem) -> AudioError {
    AudioError {
        path: path.to_string(),
        problem,
    }
}

/// The type the bytes look like, checking the stricter types first (an
/// Ogg Opus file is both `.opus` and `.ogg`).
pub fn sniff(bytes: &[u8]) -> Option<AudioType> {
    [
        AudioType::Opus,
        AudioType::Ogg,
        AudioType::M4a,
        AudioType::Mp3,
    ]
    .into_iter()
    .find(|t| t.matches(bytes))
}

/// The parts of an audio path: locale tag, message id (`q1`, `q1.hint`)
/// and type. `None` unless it is `locales/<tag>/audio/<message-id>.<ext>`
/// with an accepted extension and safe segments.
pub fn parse_path(path: &str) -> Option<(&str, &str, AudioType)> {
    let parts: Vec<&str> = path.split('/').collect();
    let ["locales", tag, "audio", file] = parts.as_slice() else {
        return None;
    };
    if !safe_segment(tag) || !safe_segment(file) {
        return None;
    }
    let (message, ext) = file.rsplit_once('.')?;
    let kind = AudioType::from_extension(ext)?;
    (!message.is_empty()).then_some((tag, message, kind))
}

/// A path segment a bundle may use: 1 to 64 ASCII letters, digits, `-`,
/// `_` or `.`, not starting with a dot (no `..`, no hidden files).
pub fn safe_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && !s.starts_with('.')
}

/// Checks one recording: its path, its size and that its bytes are of the
/// type its extension names.
pub fn check_file(path: &str, bytes: &[u8]) -> Result<AudioType, AudioError> {
    let (_, _, kind) = parse_path(path).ok_or_else(|| refused(path, AudioProblem::Path))?;
    if bytes.len() > MAX_AUDIO_FILE {
        return Err(refused(
            path,
            AudioProblem::FileTooLarge {
                size: bytes.len(),
                max: MAX_AUDIO_FILE,
            },
        ));
    }
    if !kind.matches(bytes) {
        return Err(refused(
            path,
            AudioProblem::WrongType {
                expected: kind,
                found: sniff(bytes),
            },
        ));
    }
    Ok(kind)
}

/// Adds one file's size to a running total, refusing it past
/// [`MAX_AUDIO_BUNDLE`].
pub fn add_to_total(total: &mut usize, path: &str, size: usize) -> Result<(), AudioError> {
    *total = total.saturating_add(size);
    if *total > MAX_AUDIO_BUNDLE {
        return Err(refused(
            path,
            AudioProblem::BundleTooLarge {
                total: *total,
                max: MAX_AUDIO_BUNDLE,
            },
        ));
    }
    Ok(())
}

/// Encodes recordings for [`crate::signing::Bundle::audio`], checking each
/// and the total.
pub fn encode(files: &BTreeMap<String, Vec<u8>>) -> Result<BTreeMap<String, String>, AudioError> {
    let mut total = 0usize;
    let mut out = BTreeMap::new();
    for (path, bytes) in files {
        check_file(path, bytes)?;
        add_to_total(&mut total, path, bytes.len())?;
        out.insert(path.clone(), STANDARD.encode(bytes));
    }
    Ok(out)
}

/// Decodes and checks a bundle's recordings. A text too long to be within
/// [`MAX_AUDIO_FILE`] is refused before it is decoded, so a hostile bundle
/// costs no more memory than its own text.
pub fn decode(audio: &BTreeMap<String, String>) -> Result<BTreeMap<String, Vec<u8>>, AudioError> {
    // base64 of MAX_AUDIO_FILE bytes, with padding.
    let max_text = MAX_AUDIO_FILE.div_ceil(3) * 4;
    let mut total = 0usize;
    let mut out = BTreeMap::new();
    for (path, text) in audio {
        parse_path(path).ok_or_else(|| refused(path, AudioProblem::Path))?;
        if text.len() > max_text {
            return Err(refused(
                path,
                AudioProblem::FileTooLarge {
                    size: text.len() / 4 * 3,
                    max: MAX_AUDIO_FILE,
                },
            ));
        }
        let bytes = STANDARD
            .decode(text)
            .map_err(|e| refused(path, AudioProblem::Base64(e.to_string())))?;
        check_file(path, &bytes)?;
        add_to_total(&mut total, path, bytes.len())?;
        out.insert(path.clone(), bytes);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first page of an Ogg stream whose first packet starts `packet`.
    fn ogg(packet: &[u8]) -> Vec<u8> {
        let mut page = b"OggS\0\x02".to_vec();
        page.extend([0u8; 20]);
        page.push(1);
        page.push(packet.len() as u8);
        page.extend(packet);
        page
    }

    #[test]
    fn each_type_is_recognised_by_its_first_bytes() {
        let opus = ogg(b"OpusHead\x01\x01\x38\x01");
        let vorbis = ogg(b"\x01vorbis\0\0\0\0");
        let speex = ogg(b"Speex   1.2");
        let m4a = [&[0, 0, 0, 0x18][..], b"ftypM4A \0\0\0\0M4A isom"].concat();
        let video = [&[0, 0, 0, 0x14][..], b"ftypqt  \0\0\0\0qt  "].concat();
        // MPEG-1 Layer III, 128 kbit/s, 44.1 kHz.
        let frame = [0xFF, 0xFB, 0x90, 0x64, 0, 0];
        // The same header claiming Layer II.
        let layer2 = [0xFF, 0xFD, 0x90, 0x64, 0, 0];
        assert_eq!(sniff(&opus), Some(AudioType::Opus));
        assert!(AudioType::Ogg.matches(&opus), "an .ogg may hold Opus");
        assert_eq!(sniff(&vorbis), Some(AudioType::Ogg));
        assert!(!AudioType::Opus.matches(&vorbis));
        assert_eq!(sniff(&speex), None, "Ogg Speex is not accepted");
        assert_eq!(sniff(&m4a), Some(AudioType::M4a));
        assert_eq!(sniff(&video), None, "a QuickTime movie is not audio");
        assert_eq!(sniff(&frame), Some(AudioType::Mp3));
        assert_eq!(sniff(b"ID3\x04\0\0\0\0\0\0"), Some(AudioType::Mp3));
        assert_eq!(sniff(&layer2), None);
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVEfmt "), None, "WAV is refused");
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"OggS"), None, "a truncated page");
    }

    #[test]
    fn paths_name_a_locale_a_message_and_an_accepted_extension() {
        assert_eq!(
            parse_path("locales/ps/audio/q1.hint.opus"),
            Some(("ps", "q1.hint", AudioType::Opus))
        );
        for bad in [
            "locales/ps/audio/q1.wav",
            "locales/ps/audio/q1.OGG",
            "locales/ps/q1.ogg",
            "locales/ps/audio/sub/q1.ogg",
            "locales/../audio/q1.ogg",
            "locales/ps/audio/.ogg",
            "locales/ps/audio/..ogg",
            "questionnaire.toml",
        ] {
            assert_eq!(parse_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn files_are_refused_by_size_type_and_total_naming_the_file() {
        let opus = ogg(b"OpusHead\x01\x01\x38\x01");
        let path = "locales/ps/audio/q1.opus";
        assert_eq!(check_file(path, &opus), Ok(AudioType::Opus));
        assert_eq!(
            check_file("locales/ps/audio/q1.mp3", &opus),
            Err(AudioError {
                path: "locales/ps/audio/q1.mp3".into(),
                problem: AudioProblem::WrongType {
                    expected: AudioType::Mp3,
                    found: Some(AudioType::Opus),
                },
            })
        );
        let shown = check_file("locales/ps/audio/q1.mp3", &opus)
            .expect_err("wrong type")
            .to_string();
        assert_eq!(
            shown,
            "locales/ps/audio/q1.mp3: the content is not mp3 audio (it looks like .opus: rename it or convert it)"
        );
        let mut big = opus.clone();
        big.resize(MAX_AUDIO_FILE + 1, 0);
        assert!(matches!(
            check_file(path, &big),
            Err(AudioError { problem: AudioProblem::FileTooLarge { size, .. }, .. }) if size == MAX_AUDIO_FILE + 1
        ));
        // Decoding refuses an oversized text before decoding it.
        let mut texts = BTreeMap::new();
        texts.insert(path.to_string(), "A".repeat(MAX_AUDIO_FILE / 3 * 4 + 8));
        assert!(matches!(
            decode(&texts),
            Err(AudioError { ref path, problem: AudioProblem::FileTooLarge { .. } }) if path == "locales/ps/audio/q1.opus"
        ));
        texts.insert(path.to_string(), "not base64!".into());
        assert!(matches!(
            decode(&texts),
            Err(AudioError {
                problem: AudioProblem::Base64(_),
                ..
            })
        ));
        // 33 recordings of 1 MiB each exceed the bundle's 32 MiB.
        let mut full = opus.clone();
        full.resize(MAX_AUDIO_FILE, 0);
        let files: BTreeMap<String, Vec<u8>> = (0..33)
            .map(|i| (format!("locales/ps/audio/q{i:02}.opus"), full.clone()))
            .collect();
        let err = encode(&files).expect_err("over the bundle cap");
        assert!(
            matches!(&err, AudioError { path, problem: AudioProblem::BundleTooLarge { .. } } if path == "locales/ps/audio/q32.opus"),
            "{err}"
        );
        let fits: BTreeMap<String, Vec<u8>> = files.into_iter().take(32).collect();
        let encoded = encode(&fits).expect("32 MiB fit");
        assert_eq!(decode(&encoded).expect("round trip"), fits);
    }
}
