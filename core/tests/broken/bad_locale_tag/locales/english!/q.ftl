q1 = x
