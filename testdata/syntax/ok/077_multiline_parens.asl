total = (
    base_price
    * quantity
    + shipping
    - discount
)
condition = (
    user.is_active
    and not user.is_banned
    and (
        user.role == "admin"
        or user.role
        == "owner"
    )
)
result = (
    session
    .query(User)
    .filter(User.id == 1)
    .order_by(User.name)
    .first()
)
value = (
    1
    if flag
    else
    2
)
message = (
    "part one "
    "part two "
    f"{count} parts"
)
lam = (
    lambda x:
        x + 1
)
call = function_name(
    argument_one,
        argument_two,
  keyword=(
      nested
      + value
  ),
)
