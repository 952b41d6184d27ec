# Relative imports between modules of one package.
from app import main
print(main.start(), main.config.settings)
from app.config import settings
print(settings)
import app.config
print(app.config is main.config, app.main.__package__)
try:
    from app import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
