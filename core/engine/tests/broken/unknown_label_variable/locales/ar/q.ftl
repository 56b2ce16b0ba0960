intro = أهلا.
age = كم عمرك؟ { $agee }
