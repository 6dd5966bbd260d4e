"""A large language model behind the OpenAI-compatible chat API, as a machine-translation provider.

vLLM, Ollama, llama.cpp's server and most in-country AI platforms speak `POST {URL}/chat/completions`,
so one client reaches a model the province runs itself, for every language (Khmer and Lao included,
which no self-hosted LibreTranslate serves).

Contract of `ChatTranslator.translate_batch(texts)`:
- one request carries a whole batch: each text with an id, its markup as ⟦n⟧ placeholders (see
  `markup`), and the glossary's terms that occur in the batch, each with the wording it must get;
- the answer must be exactly a JSON object `{"translations": [{"id": …, "text": …}, …]}` with one
  entry per text, in order, each non-empty and carrying the same placeholders as its source; a term
  that must be kept as written and comes back translated is put back when the model left the source
  term in place, otherwise the answer is wrong;
- a wrong answer is asked again once; a second wrong answer raises `MalformedAnswer`. HTTP errors,
  timeouts and retries of 429/5xx are the caller's `call_policy`, as for every provider.
"""

import json
import re
from collections import Counter

import requests

from .markup import TOKEN, MalformedAnswer

# The model is told the languages by their English names: the prompt is for the model, not a person.
ENGLISH_NAMES = {
    "vi": "Vietnamese",
    "en": "English",
    "fr": "French",
    "zh-hans": "Simplified Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "ru": "Russian",
    "km": "Khmer",
    "lo": "Lao",
}

INSTRUCTIONS = (
    "You translate official news of a Vietnamese provincial government from {source} into {target} "
    "for foreign readers. Translate the text of every segment faithfully, in a neutral news register. "
    "Placeholders such as ⟦0⟧ stand for markup: keep each one exactly once, unchanged, at the matching "
    "place. Where a glossary entry's source term occurs, write its target wording exactly. "
    'Answer with only a JSON object of the form {{"translations": [{{"id": 0, "text": "..."}}]}}, '
    "one entry per segment, in the order given, and nothing else."
)


def english_name(code):
    return ENGLISH_NAMES.get(code, code)


class ChatTranslator:
    """Translates batches of protected texts (plain text with ⟦n⟧ placeholders) through one model."""

    def __init__(self, config, source_code, target_code, glossary=()):
        self.url = config["URL"].rstrip("/") + "/chat/completions"
        self.model = config.get("MODEL", "")
        self.api_key = config.get("API_KEY", "")
        self.json_mode = bool(config.get("JSON_MODE", True))
        self.source_code, self.target_code = source_code, target_code
        # (term, wording it must get): a preferred translation, or the term itself when protected.
        self.glossary = [(term, translation or term) for term, translation in glossary]

    def translate_batch(self, texts):
        """The translations of `texts`, in order; see the module's contract."""
        try:
            return self.parse(texts, self.ask(texts))
        except MalformedAnswer:
            return self.parse(texts, self.ask(texts))

    def terms_in(self, texts):
        joined = "\n".join(texts).casefold()
        return [(term, wording) for term, wording in self.glossary if term.casefold() in joined]

    def request_body(self, texts):
        system = INSTRUCTIONS.format(source=english_name(self.source_code), target=english_name(self.target_code))
        payload = {
            "source_language": self.source_code,
            "target_language": self.target_code,
            "glossary": [{"source": term, "target": wording} for term, wording in self.terms_in(texts)],
            "segments": [{"id": n, "text": text} for n, text in enumerate(texts)],
        }
        body = {
            "model": self.model,
            "temperature": 0,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": json.dumps(payload, ensure_ascii=False)}],
        }
        if self.json_mode:
            body["response_format"] = {"type": "json_object"}
        return body

    def ask(self, texts):
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        with requests.Session() as session:
            response = session.post(self.url, json=self.request_body(texts), headers=headers)
        if response.status_code >= 400:
            # The caller's policy recorded the status and body: it words the message from them.
            raise requests.HTTPError(f"HTTP {response.status_code}", response=response)
        try:
            return response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as error:
            raise MalformedAnswer("not a chat completion") from error

    def parse(self, texts, content):
        if not isinstance(content, str):
            raise MalformedAnswer("no text in the answer")
        try:
            answer = json.loads(content)
        except ValueError as error:
            raise MalformedAnswer("the answer is not JSON") from error
        entries = answer.get("translations") if isinstance(answer, dict) else None
        if not isinstance(entries, list) or len(entries) != len(texts):
            raise MalformedAnswer("wrong number of translations")
        results = []
        for n, (source, entry) in enumerate(zip(texts, entries, strict=True)):
            if not isinstance(entry, dict) or entry.get("id") != n or not isinstance(entry.get("text"), str) or not entry["text"].strip():
                raise MalformedAnswer("a translation is missing or out of order")
            text = entry["text"]
            if Counter(TOKEN.findall(text)) != Counter(TOKEN.findall(source)):
                raise MalformedAnswer("placeholders changed")
            results.append(self.check_terms(source, text))
        return results

    def check_terms(self, source, text):
        """The text with every glossary term of its source worded as the glossary says.

        A term left in the source language where a translation was asked is replaced by that
        translation (the model kept it as written); a term changed into anything else cannot be
        put right safely, so the answer is refused."""
        for term, wording in self.terms_in([source]):
            wanted = len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", source, re.IGNORECASE))
            have = text.count(wording)
            if have >= wanted:
                continue
            kept = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
            if wording != term and have + len(kept.findall(text)) >= wanted:
                text = kept.sub(lambda _match, w=wording: w, text)
                continue
            raise MalformedAnswer("a glossary term was changed")
        return text
