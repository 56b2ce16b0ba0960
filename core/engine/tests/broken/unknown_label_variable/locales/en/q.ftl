questionnaire-title = Variables
intro = Welcome.
age = How old are you, { $nickname }?
    .hint = After { $intro }.
# An app string override keeps the app's own variables.
error-below-min = At least { $min }.
