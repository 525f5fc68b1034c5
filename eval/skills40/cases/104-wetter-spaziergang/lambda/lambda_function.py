# unverändert seit 2.3
import ask_sdk_core
