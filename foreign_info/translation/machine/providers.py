"""Providers from settings, one per target language if wanted, all reached through deep-translator.

Settings (`portal/settings/base.py`, from the environment variable MACHINE_TRANSLATION as JSON):

    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "foreign_info.translation.machine.translator.DeepTranslatorMachine",
        "OPTIONS": {
            "PROVIDERS": {
                "default": {"PROVIDER": "libretranslate", "URL": "https://mt.example.gov.vn/", "API_KEY": ""},
                "km": {"PROVIDER": "google"},
            },
            "TIMEOUT": 10, "MAX_CONCURRENT": 4, "RETRIES": 3, "BACKOFF": 0.5,
        },
    }

PROVIDER is one of llm, libretranslate, google, deepl, microsoft, mymemory. A language with no
entry uses "default"; with neither, machine translation is not configured for it.

`llm` is a language model behind the OpenAI-compatible chat API (vLLM, Ollama, llama.cpp's
server...), the one engine a province can run itself for all eight target languages:

    {"PROVIDER": "llm", "URL": "http://10.0.0.5:8000/v1", "MODEL": "qwen2.5-14b-instruct",
     "API_KEY": "", "NAME": "Mô hình dịch của tỉnh", "BATCH_SIZE": 20, "CHUNK_LIMIT": 6000}

URL is the API's base (ending in /v1 for most servers); BATCH_SIZE texts, up to CHUNK_LIMIT
characters in all, go in one request; NAME is how translators see it (it marks their segments);
JSON_MODE (default true) asks the server for a JSON answer, for servers that support it.
"""

from dataclasses import dataclass

from deep_translator import DeeplTranslator, GoogleTranslator, LibreTranslator, MicrosoftTranslator, MyMemoryTranslator

# Characters per call each provider accepts (deep-translator validates 5000; MyMemory allows 500).
CHUNK_LIMITS = {"llm": 6000, "libretranslate": 5000, "google": 5000, "deepl": 5000, "microsoft": 5000, "mymemory": 500}
DISPLAY_NAMES = {
    "llm": "Language model",
    "libretranslate": "LibreTranslate",
    "google": "Google Translate",
    "deepl": "DeepL",
    "microsoft": "Microsoft Translator",
    "mymemory": "MyMemory",
}

# Our language codes in each provider's spelling.
CODES = {
    "llm": {},
    "libretranslate": {"zh-hans": "zh"},
    "google": {"zh-hans": "zh-CN"},
    "deepl": {"zh-hans": "zh", "en": "en"},
    "microsoft": {"zh-hans": "zh-Hans"},
    "mymemory": {"vi": "vi-VN", "en": "en-GB", "fr": "fr-FR", "zh-hans": "zh-CN", "ja": "ja-JP", "ko": "ko-KR", "ru": "ru-RU", "km": "km-KH", "lo": "lo-LA"},
}


class NotConfigured(Exception):
    pass


@dataclass
class Provider:
    name: str
    config: dict

    @property
    def display_name(self):
        return self.config.get("NAME") or DISPLAY_NAMES[self.name]

    @property
    def batched(self):
        """Whether texts go to it in batches (the language model) or one per request."""
        return self.name == "llm"

    @property
    def batch_size(self):
        return max(1, int(self.config.get("BATCH_SIZE", 20)))

    @property
    def key(self):
        """What identifies the service behind it, for counting its failures across languages."""
        return (self.name, self.config.get("URL", ""), self.config.get("MODEL", ""))

    @property
    def chunk_limit(self):
        return int(self.config.get("CHUNK_LIMIT", CHUNK_LIMITS[self.name]))

    def code(self, language_code):
        return CODES[self.name].get(language_code, language_code)

    def client(self, source_code, target_code):
        """A deep-translator instance; raises deep-translator's LanguageNotSupportedException."""
        source, target = self.code(source_code), self.code(target_code)
        key = self.config.get("API_KEY", "")
        if self.name == "libretranslate":
            url = self.config["URL"].rstrip("/") + "/"
            # deep-translator insists on a key; a self-hosted server without keys ignores it.
            return LibreTranslator(source=source, target=target, api_key=key or "none", use_free_api=False, custom_url=url)
        if self.name == "google":
            return GoogleTranslator(source=source, target=target)
        if self.name == "deepl":
            return DeeplTranslator(api_key=key, source=source, target=target, use_free_api=self.config.get("FREE_API", True))
        if self.name == "microsoft":
            return MicrosoftTranslator(api_key=key, source=source, target=target, region=self.config.get("REGION"))
        return MyMemoryTranslator(source=source, target=target, email=self.config.get("EMAIL"))


def provider_for(options, language_code):
    providers = options.get("PROVIDERS") or {}
    config = providers.get(language_code) or providers.get("default")
    if not config or config.get("PROVIDER") not in CHUNK_LIMITS:
        raise NotConfigured(language_code)
    if config["PROVIDER"] in {"libretranslate", "llm"} and not config.get("URL"):
        raise NotConfigured(language_code)
    return Provider(config["PROVIDER"], config)
