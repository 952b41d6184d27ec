# environment variables and the current directory
import os

print(os.getenv("ASL_SURELY_UNSET_VAR"))
print(os.getenv("ASL_SURELY_UNSET_VAR", "fallback"))
print(os.environ.get("ASL_SURELY_UNSET_VAR", "dflt"))
print("ASL_SURELY_UNSET_VAR" in os.environ)
try:
    os.environ["ASL_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError", e)
print("PATH" in os.environ, type(os.environ.get("PATH")).__name__)
print(os.getenv("PATH") == os.environ["PATH"])
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))

os.environ["ASL_TEST_VALUE"] = "42"
print(os.environ["ASL_TEST_VALUE"], os.getenv("ASL_TEST_VALUE"))
del os.environ["ASL_TEST_VALUE"]
print(os.getenv("ASL_TEST_VALUE"))

cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.isdir(cwd))
os.mkdir("tmp_os_cwd")
os.chdir("tmp_os_cwd")
print(os.path.basename(os.getcwd()), os.listdir("."))
os.chdir("..")
print(os.getcwd() == cwd)
os.rmdir("tmp_os_cwd")

def config(name, default, cast=str):
    raw = os.getenv(name)
    return default if raw is None else cast(raw)

print(config("ASL_WORKERS_UNSET", 4, int), config("ASL_DEBUG_UNSET", False, bool))
