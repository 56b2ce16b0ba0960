q1 = Again
