result = alpha_value + beta_value * gamma_value - delta_value / epsilon_value % zeta_value // eta_value ** theta_value << iota_value >> kappa_value & lambda_value | mu_value ^ nu_value
config = {"alpha": 1, "beta": [2, 3, 4], "gamma": {"delta": 5, "epsilon": (6, 7, 8)}, "zeta": {9, 10, 11}, "eta": None, "theta": True, "iota": False, "kappa": ..., "lambda": lambda x: x}
call = some_module.some_function(first_positional_argument, second_positional_argument, *additional_positional_arguments, keyword_one=value_one, keyword_two=value_two, **additional_keyword_arguments)
condition = first_condition and second_condition or third_condition and not fourth_condition or fifth_condition if sixth_condition else seventh_condition
comprehension = [transform(element, index) for index, element in enumerate(source_collection) if predicate(element) and index % 2 == 0 for _ in range(repeat_count)]
string = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat."
fstring = f"{alpha_value!r:>20} {beta_value:.3f} {gamma_value:,d} {delta_value=} {epsilon_value if zeta_value else eta_value} {[x for x in theta_value]} {iota_value.kappa_value.mu_value()}"
