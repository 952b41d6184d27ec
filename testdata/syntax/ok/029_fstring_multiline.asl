user = {"name": "Ada", "age": 36}
report = f"""
Name: {user['name']}
Age:  {user['age']:>3}
Next: {user['age'] + 1}
"""
report2 = f'''{
    user["name"]
}: {
    user["age"]
}'''
sql = rf"""
SELECT *
FROM {user['name']}\table
WHERE x LIKE '\d'
"""
msg = (
    f"User {user['name']} "
    f"is {user['age']} years old, "
    "which is "
    f"{'old' if user['age'] > 30 else 'young'}"
)
html = f"""<div class="{user['name'].lower()}">
  {'<b>adult</b>' if user["age"] >= 18 else ''}
</div>"""
