questionnaire-title = Audio
age = How old are you?
