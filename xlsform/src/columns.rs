//! What each column of the survey and choices sheets means: XLSForm's
//! headers with their aliases (`list name`, `relevance`, `jr:constraintMsg`)
//! and their language (`label::English (en)`, `label:French`).

/// A translatable text column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextCol {
    /// `label`
    Label,
    /// `hint`
    Hint,
    /// `constraint_message`
    ConstraintMessage,
    /// `required_message`
    RequiredMessage,
    /// `guidance_hint`
    GuidanceHint,
}

impl TextCol {
    /// The XLSForm name of the column.
    pub fn name(self) -> &'static str {
        match self {
            TextCol::Label => "label",
            TextCol::Hint => "hint",
            TextCol::ConstraintMessage => "constraint_message",
            TextCol::RequiredMessage => "required_message",
            TextCol::GuidanceHint => "guidance_hint",
        }
    }

    /// Whether Heard keeps this text (labels, hints, constraint messages).
    pub fn imported(self) -> bool {
        matches!(
            self,
            TextCol::Label | TextCol::Hint | TextCol::ConstraintMessage
        )
    }
}

/// The meaning of one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Col {
    /// `type`
    Type,
    /// `name` (`value` on the choices sheet)
    Name,
    /// `list_name`
    ListName,
    /// A text, with its language as written (`None`: no language given).
    Text(TextCol, Option<String>),
    /// A picture, sound or video column.
    Media,
    /// `relevant`
    Relevant,
    /// `constraint`
    Constraint,
    /// `required`
    Required,
    /// `calculation`
    Calculation,
    /// `choice_filter`
    ChoiceFilter,
    /// `appearance`
    Appearance,
    /// `default`
    Default,
    /// `read_only`
    ReadOnly,
    /// `repeat_count`
    RepeatCount,
    /// `parameters`
    Parameters,
    /// `trigger`
    Trigger,
    /// A known column Heard does not use, with why.
    Ignored(&'static str),
    /// Not an XLSForm column.
    Unknown,
    /// A column without a header.
    NoHeader,
}

fn text_base(base: &str) -> Option<TextCol> {
    Some(match base {
        "label" | "caption" => TextCol::Label,
        "hint" => TextCol::Hint,
        "guidance_hint" | "guidance hint" => TextCol::GuidanceHint,
        "constraint_message"
        | "constraint message"
        | "constraining message"
        | "jr:constraintmsg" => TextCol::ConstraintMessage,
        "required_message" | "required message" | "requiredmsg" | "jr:requiredmsg" => {
            TextCol::RequiredMessage
        }
        _ => return None,
    })
}

fn media_base(base: &str) -> bool {
    matches!(
        base,
        "image"
            | "big-image"
            | "audio"
            | "video"
            | "media::image"
            | "media::big-image"
            | "media::audio"
            | "media::video"
    )
}

const XFORM_ATTRIBUTE: &str =
    "an XForm attribute column for ODK's form engine, which Heard does not use";

/// Classifies a header (trimmed, as written).
pub fn classify(header: &str) -> Col {
    let header = header.trim();
    if header.is_empty() {
        return Col::NoHeader;
    }
    let lower = header.to_lowercase();
    // `base::language`, `media::image::language`, or the older `base:language`.
    if let Some((base, rest)) = lower.split_once("::") {
        let base = base.trim();
        if base == "media" {
            return Col::Media;
        }
        if let Some(text) = text_base(base) {
            let lang = header
                .split_once("::")
                .map(|(_, l)| l.trim().to_string())
                .filter(|l| !l.is_empty());
            return Col::Text(text, lang);
        }
        if media_base(base) {
            return Col::Media;
        }
        if matches!(base, "bind" | "body" | "instance" | "control") {
            return Col::Ignored(XFORM_ATTRIBUTE);
        }
        let _ = rest;
        return Col::Unknown;
    }
    if let Some((base, _)) = lower.split_once(':')
        && let Some(text) = text_base(base.trim())
    {
        let lang = header
            .split_once(':')
            .map(|(_, l)| l.trim().to_string())
            .filter(|l| !l.is_empty());
        return Col::Text(text, lang);
    }
    if let Some(text) = text_base(&lower) {
        return Col::Text(text, None);
    }
    if media_base(&lower) {
        return Col::Media;
    }
    match lower.as_str() {
        "type" => Col::Type,
        "name" | "value" => Col::Name,
        "list_name" | "list name" => Col::ListName,
        "relevant" | "relevance" => Col::Relevant,
        "constraint" => Col::Constraint,
        "required" => Col::Required,
        "calculation" | "calculate" => Col::Calculation,
        "choice_filter" | "choice filter" => Col::ChoiceFilter,
        "appearance" => Col::Appearance,
        "default" => Col::Default,
        "read_only" | "readonly" => Col::ReadOnly,
        "repeat_count" | "count" | "jr:count" => Col::RepeatCount,
        "parameters" => Col::Parameters,
        "trigger" => Col::Trigger,
        "autoplay" => Col::Ignored("Heard does not play media"),
        "rows" => Col::Ignored("Heard sizes text boxes itself"),
        "noapperrorstring" | "no_app_error_string" | "buttontext" => {
            Col::Ignored("Heard does not launch other apps")
        }
        "save_to" => Col::Ignored("Heard has no entities"),
        l if l.starts_with("sms_") || l.starts_with("sms ") => {
            Col::Ignored("Heard does not collect answers by SMS")
        }
        l if l.starts_with('$') || l == "kobo--score-choices" || l == "kobo--rank-items" => {
            Col::Ignored("a KoboToolbox bookkeeping column")
        }
        _ => Col::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_with_languages_and_aliases() {
        assert_eq!(
            classify("label::English (en)"),
            Col::Text(TextCol::Label, Some("English (en)".into()))
        );
        assert_eq!(
            classify("LABEL::EN"),
            Col::Text(TextCol::Label, Some("EN".into()))
        );
        assert_eq!(
            classify("label:Français"),
            Col::Text(TextCol::Label, Some("Français".into()))
        );
        assert_eq!(classify(" label "), Col::Text(TextCol::Label, None));
        assert_eq!(
            classify("jr:constraintMsg"),
            Col::Text(TextCol::ConstraintMessage, None)
        );
        assert_eq!(
            classify("constraint_message::العربية (ar)"),
            Col::Text(TextCol::ConstraintMessage, Some("العربية (ar)".into()))
        );
        assert_eq!(
            classify("requiredMsg"),
            Col::Text(TextCol::RequiredMessage, None)
        );
        assert_eq!(classify("media::audio::chinese"), Col::Media);
        assert_eq!(classify("image::english"), Col::Media);
        assert_eq!(classify("list name"), Col::ListName);
        assert_eq!(classify("relevance"), Col::Relevant);
        assert_eq!(
            classify("bind::saveIncomplete"),
            Col::Ignored(XFORM_ATTRIBUTE)
        );
        assert_eq!(classify("my_notes"), Col::Unknown);
        assert_eq!(classify(""), Col::NoHeader);
    }
}
