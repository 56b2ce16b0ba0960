questionnaire-title = T
q1 = Question one
q2 = Question two
choice-yn-a = A
choice-yn-b = B
x = X
