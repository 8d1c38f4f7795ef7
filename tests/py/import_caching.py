# sys.modules caching: module body runs once
import sys
import pkgs.counted
import pkgs.counted
import pkgs.counted as again
from pkgs import counted
print(again is counted, pkgs.counted.LOADS)
counted.state.append("mutated")
import pkgs.counted as third
print(third.state)
mod = sys.modules["pkgs.counted"]
print(mod is counted)
del sys.modules["pkgs.counted"]
import pkgs.counted as reloaded
print(reloaded is counted, reloaded.state)
sys.modules["fake_module_name"] = "anything"
import fake_module_name
print(fake_module_name)
