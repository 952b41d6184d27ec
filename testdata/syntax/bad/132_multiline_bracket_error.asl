result = compute(
    alpha,
    beta,
    gamma delta,
)
