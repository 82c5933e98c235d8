"""What kb's browser checks share: a headless Chromium in Chinese, screenshots numbered in the
order they are taken, checks that collect their failures, and the console watched for errors."""
import json, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

# How long a check waits for a page to answer: the tests share two cores with the rest of the
# suite, where a request that takes 50 ms alone can take many seconds.
WAIT = 90


class Session:
    def __init__(self, base, shots, accounts, prefix=""):
        self.base, self.shots, self.accounts, self.prefix = base, shots, accounts, prefix
        self.failures, self.count = [], 0

    def check(self, ok, what):
        if not ok:
            self.failures.append(what)
            print("FAIL:", what, file=sys.stderr)

    def browser(self):
        o = webdriver.ChromeOptions()
        for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1280,900"]:
            o.add_argument(a)
        o.binary_location = "/usr/bin/chromium"
        o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        o.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
        return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)

    def shot(self, d, name):
        self.count += 1
        d.save_screenshot(f"{self.shots}/{self.prefix}{self.count:02d}-{name}.png")

    def console_errors(self, d, where, expected_status=None):
        for e in d.get_log("browser"):
            if expected_status and f"status of {expected_status}" in e.get("message", ""):
                continue  # the page itself answered with the status the check expects
            if e.get("level") == "SEVERE":
                self.check(False, f"console error on {where}: {e.get('message')}")

    def login(self, d, who):
        d.get(self.base + "/login")
        d.find_element(By.NAME, "user").send_keys(who)
        d.find_element(By.NAME, "password").send_keys(self.accounts[who])
        d.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
        WebDriverWait(d, WAIT).until(lambda d: "/login" not in d.current_url)

    def no_horizontal_scroll(self, d, where):
        width = d.execute_script("return document.documentElement.scrollWidth")
        inner = d.execute_script("return window.innerWidth")
        self.check(width <= inner, f"{where}: horizontal scroll at {inner} px (content {width} px)")

    def finish(self):
        print(json.dumps({"screenshots": self.count, "failures": self.failures}))
        sys.exit(1 if self.failures else 0)
