"""A wagtail-localize machine translator built on deep-translator, safe to put in front of translators.

Contract of `DeepTranslatorMachine.translate_texts(source, target, htmls, glossary)`:
- each distinct text is sent once, in chunks within the provider's size limit, by at most
  MAX_CONCURRENT calls at a time, each with a timeout and at most RETRIES retries of 429/5xx;
- inline markup and glossary terms travel as tokens (see `markup`), so tags come back as they
  were, protected terms untranslated and preferred terms as chosen; texts that are nothing but
  tokens and glossary terms are filled without calling the provider;
- the answer is sanitised; it is all or nothing: any failure raises `MachineTranslationError`
  with a message for the translator, and no partial result is returned.
"""

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import requests
from deep_translator import exceptions as dt
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.utils.translation import override as language_override
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from .http import CallPolicy, call_policy
from .llm import ChatTranslator
from .markup import MalformedAnswer, Protected, clean_translation
from .providers import NotConfigured, provider_for

SENTENCE_END = re.compile(r"(?<=[.!?。！？…])\s+")
HOW_TO_CONFIGURE = gettext_lazy(
    "No machine translation service is configured for this language. Ask the site administrator to set "
    "MACHINE_TRANSLATION (see the README, “Machine translation”): a language model on the OpenAI-compatible API "
    "or a LibreTranslate server run by the province, or Google, DeepL, Microsoft or MyMemory, for all languages or per language."
)


class MachineTranslationError(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def split_into_chunks(text, limit):
    """Pieces of at most `limit` characters, cut between sentences, else between words."""
    if len(text) <= limit:
        return [text]
    chunks, current = [], ""
    for sentence in SENTENCE_END.split(text):
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            chunks.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if current and len(current) + 1 + len(sentence) > limit:
            chunks.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        chunks.append(current)
    return chunks


def explain(error, policy, provider, language_name):
    """A translator-facing message for whatever went wrong talking to the provider."""
    status, body = policy.last_status, (policy.last_body or "").lower()
    name = provider.display_name
    if isinstance(error, requests.Timeout):
        return _("%(name)s did not answer within %(seconds)s seconds. Nothing was changed; try again later.") % {
            "name": name,
            "seconds": policy.timeout,
        }
    if isinstance(error, (dt.LanguageNotSupportedException, dt.InvalidSourceOrTargetLanguage)):
        return _("%(name)s does not translate into %(language)s. Nothing was changed.") % {"name": name, "language": language_name}
    if "quota" in body or status in (402, 456):
        return _("The %(name)s quota is used up. Nothing was changed; ask the administrator to raise it.") % {"name": name}
    if status == 429 or isinstance(error, dt.TooManyRequests):
        return _("%(name)s is refusing requests (too many at once), even after %(retries)s retries. Nothing was changed; try again in a few minutes.") % {
            "name": name,
            "retries": policy.retries,
        }
    if status in (401, 403) or isinstance(error, (dt.AuthorizationException, dt.ApiKeyException)):
        return _("%(name)s refused the site's credentials (API key). Nothing was changed; ask the administrator to check them.") % {"name": name}
    if isinstance(error, (MalformedAnswer, ValueError, KeyError, TypeError, dt.TranslationNotFound, dt.NotValidPayload)):
        return _("%(name)s answered with something that is not a translation. Nothing was changed.") % {"name": name}
    if status and status >= 500 or isinstance(error, (dt.ServerException, dt.RequestError)):
        return _("%(name)s had a server error (HTTP %(status)s), even after %(retries)s retries. Nothing was changed; try again later.") % {
            "name": name,
            "status": status or "?",
            "retries": policy.retries,
        }
    if isinstance(error, requests.RequestException):
        return _("%(name)s could not be reached. Nothing was changed.") % {"name": name}
    return _("%(name)s failed (%(error)s). Nothing was changed.") % {"name": name, "error": type(error).__name__}


class DeepTranslatorMachine(BaseMachineTranslator):
    display_name = gettext_lazy("the configured machine translation service")

    def can_translate(self, source_locale, target_locale):
        # Always offered: with no provider, the button explains how to configure one.
        return source_locale != target_locale

    def policy(self):
        return CallPolicy(
            timeout=float(self.options.get("TIMEOUT", 10)),
            retries=int(self.options.get("RETRIES", 3)),
            backoff=float(self.options.get("BACKOFF", 0.5)),
        )

    def provider_name(self, language_code):
        try:
            return provider_for(self.options, language_code).display_name
        except NotConfigured:
            return None

    def translate(self, source_locale, target_locale, strings):
        """wagtail-localize's interface: {StringValue: StringValue}."""
        strings = list(strings)
        result = self.translate_texts(source_locale.language_code, target_locale.language_code, [s.data for s in strings])
        return {s: StringValue(result[s.data]) for s in strings}

    def translate_texts(self, source_code, target_code, htmls, glossary=(), language_name=""):
        try:
            provider = provider_for(self.options, target_code)
        except NotConfigured:
            raise MachineTranslationError(HOW_TO_CONFIGURE) from None
        # The language model gets the glossary in its request and is checked against it; the other
        # providers get its terms as placeholders they cannot translate.
        protected = {text: Protected(text, () if provider.batched else glossary) for text in dict.fromkeys(htmls)}
        pending = list(dict.fromkeys(p.text for p in protected.values() if not p.only_tokens))
        chunks_of = {text: split_into_chunks(text, provider.chunk_limit) for text in pending}
        distinct_chunks = list(dict.fromkeys(chunk for chunks in chunks_of.values() for chunk in chunks))
        translated = self.call_provider(provider, source_code, target_code, distinct_chunks, language_name, glossary)
        result = {}
        for source_html, p in protected.items():
            answer = p.text if p.only_tokens else " ".join(translated[chunk] for chunk in chunks_of[p.text])
            try:
                result[source_html] = clean_translation(source_html, p.restore(answer))
            except MalformedAnswer as error:
                raise MachineTranslationError(explain(error, self.policy(), provider, language_name)) from error
        return result

    def call_provider(self, provider, source_code, target_code, chunks, language_name, glossary=()):
        """{chunk: answer} for every chunk, or `MachineTranslationError` and nothing.

        The first request goes alone: when the provider is down, a draft costs that one request and
        its retries instead of MAX_CONCURRENT of them. After a success the rest go concurrently, and
        the first failure stops what is still queued."""
        if not chunks:
            return {}
        setup = self.policy()
        try:
            with call_policy(setup):
                send, units = self.sender(provider, source_code, target_code, chunks, glossary)
        except Exception as error:  # deep-translator raises many unrelated types
            raise MachineTranslationError(explain(error, setup, provider, language_name)) from error

        stop = threading.Event()  # after the first failure, queued requests are not sent at all

        # Worker threads do not inherit Django's active language: carry the editor's into each, so
        # that a failure is explained in the editor's language, not the site's default.
        editor_language = get_language()

        def one(unit):
            if stop.is_set():
                raise MachineTranslationError("")
            policy = self.policy()
            try:
                with call_policy(policy):
                    return send(unit)
            except Exception as error:
                stop.set()
                with language_override(editor_language):
                    raise MachineTranslationError(explain(error, policy, provider, language_name)) from error

        answers = one(units[0])
        if len(units) > 1:
            workers = max(1, int(self.options.get("MAX_CONCURRENT", 4)))
            pool = ThreadPoolExecutor(max_workers=min(workers, len(units) - 1))
            try:
                futures = [pool.submit(one, unit) for unit in units[1:]]
                for future in futures:
                    answers.update(future.result())  # the first failure raises; nothing is kept
            finally:
                pool.shutdown(wait=True, cancel_futures=True)
        return answers

    @staticmethod
    def sender(provider, source_code, target_code, chunks, glossary):
        """(a function sending one unit of work and returning {chunk: answer}, the units).

        deep-translator's providers take one text per request; the language-model provider takes
        batches, with the glossary in the request."""
        if provider.batched:
            client = ChatTranslator(provider.config, source_code, target_code, glossary)

            def send_batch(batch):
                return dict(zip(batch, client.translate_batch(batch), strict=True))

            return send_batch, list(batches(chunks, provider.batch_size, provider.chunk_limit))
        client = provider.client(source_code, target_code)

        def send_text(chunk):
            answer = client.translate(chunk)
            if not isinstance(answer, str) or not answer.strip():
                raise MalformedAnswer("empty or not text")
            return {chunk: answer}

        return send_text, list(chunks)


def batches(chunks, size, characters):
    """Consecutive groups of at most `size` chunks and about `characters` characters (a chunk
    longer than that goes alone: `split_into_chunks` already bounds it)."""
    batch, length = [], 0
    for chunk in chunks:
        if batch and (len(batch) >= size or length + len(chunk) > characters):
            yield batch
            batch, length = [], 0
        batch.append(chunk)
        length += len(chunk)
    if batch:
        yield batch
