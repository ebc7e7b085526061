"use client"

import { useRouter } from "next/navigation"
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react"
import type { SearchSuggestions } from "@/lib/data/search-types"
import { markTypedWords } from "@/lib/util/highlight"
import { formatWon } from "@/lib/util/money"
import { querySearchHref, SEARCH_QUERY_MAX_LENGTH } from "@/lib/util/search-query"
import { suggestionGroups, type SuggestionOption } from "@/modules/search/suggestion-options"

/** Long enough to skip the keystrokes of a word still being typed, short enough to feel instant. */
const DEBOUNCE_MS = 150
const SUGGEST_URL = "/api/search/suggest"

const normalize = (text: string) => text.trim().replace(/\s+/g, " ")

/** Asks the storefront's own suggest route; remembers answers so retyping costs nothing. */
function useSuggestions(typed: string): SearchSuggestions | null {
  const [found, setFound] = useState<{ q: string; suggestions: SearchSuggestions } | null>(null)
  const cache = useRef(new Map<string, SearchSuggestions>())
  const q = normalize(typed)

  useEffect(() => {
    if (q === "") {
      return
    }
    const cached = cache.current.get(q)
    if (cached) {
      setFound({ q, suggestions: cached })
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${SUGGEST_URL}?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        if (!response.ok) {
          return
        }
        const suggestions = (await response.json()) as SearchSuggestions
        cache.current.set(q, suggestions)
        setFound({ q, suggestions })
      } catch {
        // aborted by newer typing, or offline: the box still works as a plain search form
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q])

  return q !== "" && found?.q === q ? found.suggestions : null
}

function Marked({ text, typed }: { text: string; typed: string }) {
  return (
    <>
      {markTypedWords(text, typed).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="bg-transparent font-bold text-brand-700">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        )
      )}
    </>
  )
}

/**
 * The header search: a WAI-ARIA combobox with instant suggestions (상품 / 만든 곳 / 공동브랜드).
 * Without JavaScript it is a plain GET form to /search.
 */
export function SearchBox() {
  const router = useRouter()
  const baseId = useId()
  const inputId = `${baseId}-input`
  const listId = `${baseId}-list`
  const [typed, setTyped] = useState("")
  const [open, setOpen] = useState(false)
  const [activeIndex, setActiveIndex] = useState(-1)
  const suggestions = useSuggestions(typed)

  const groups = useMemo(() => (suggestions ? suggestionGroups(baseId, suggestions) : []), [baseId, suggestions])
  const options = useMemo(() => groups.flatMap((group) => group.options), [groups])
  const expanded = open && options.length > 0
  const active = expanded ? options[activeIndex] : undefined

  // New suggestions, new list: nothing is chosen until the arrows say so.
  useEffect(() => setActiveIndex(-1), [options])

  const close = () => {
    setOpen(false)
    setActiveIndex(-1)
  }

  const go = (href: string) => {
    close()
    router.push(href)
  }

  const choose = (option: SuggestionOption) => {
    setTyped(option.label)
    go(option.href)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = normalize(typed)
    go(q === "" ? "/search" : querySearchHref(q))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that finish a Hangul syllable in the IME must not also move or choose.
    if (event.nativeEvent.isComposing) {
      return
    }
    const count = options.length
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp": {
        if (count === 0) {
          return
        }
        event.preventDefault()
        const step = event.key === "ArrowDown" ? 1 : -1
        if (!expanded) {
          setOpen(true)
          setActiveIndex(step === 1 ? 0 : count - 1)
          return
        }
        setActiveIndex((current) => (current === -1 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count))
        return
      }
      case "Enter":
        if (active) {
          event.preventDefault()
          choose(active)
        }
        return // otherwise the form submits the typed words
      case "Escape":
        if (expanded) {
          event.preventDefault()
          close()
        } else if (typed !== "") {
          event.preventDefault()
          setTyped("")
        }
        return
    }
  }

  return (
    <form action="/search" method="get" role="search" aria-label="사이트 검색" onSubmit={onSubmit} className="relative">
      <label htmlFor={inputId} className="sr-only">
        상품 검색
      </label>
      <div className="flex h-11 items-center rounded-full border border-cream-200 bg-white pl-4 pr-1 focus-within:border-brand-500">
        <input
          id={inputId}
          type="search"
          name="q"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={active?.id}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={SEARCH_QUERY_MAX_LENGTH}
          placeholder="상품, 만든 곳, 초성(ㄱㅈㅂ)으로 찾기"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
          className="min-w-0 flex-1 bg-transparent text-base text-ink-900 outline-none placeholder:text-ink-500 [&::-webkit-search-cancel-button]:hidden"
        />
        <button
          type="submit"
          className="flex h-9 shrink-0 items-center rounded-full bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700"
        >
          검색
        </button>
      </div>
      <p aria-live="polite" className="sr-only">
        {expanded ? `추천 ${options.length}개가 있습니다. 위아래 화살표로 고를 수 있습니다.` : ""}
      </p>
      <div
        id={listId}
        role="listbox"
        aria-label="검색어 추천"
        hidden={!expanded}
        // a press on an option must not blur the input first (which would close the list)
        onMouseDown={(event) => event.preventDefault()}
        className="absolute inset-x-0 top-full z-40 mt-2 max-h-[70vh] overflow-y-auto rounded-xl border border-cream-200 bg-white py-2 shadow-lg"
      >
        {groups.map((group) => (
          <ul key={group.key} role="group" aria-labelledby={`${baseId}-${group.key}`} className="py-1">
            <li role="presentation" id={`${baseId}-${group.key}`} className="px-4 py-1 text-xs font-semibold text-ink-500">
              {group.label}
            </li>
            {group.options.map((option) => (
              <li
                key={option.id}
                id={option.id}
                role="option"
                aria-selected={option.id === active?.id}
                onClick={() => choose(option)}
                className={`flex cursor-pointer items-center gap-3 px-4 py-2 text-sm text-ink-900 ${
                  option.id === active?.id ? "bg-brand-50" : "hover:bg-cream-100"
                }`}
              >
                {group.key === "products" &&
                  (option.thumbnail ? (
                    <img src={option.thumbnail} alt="" width={36} height={36} className="size-9 shrink-0 rounded-md object-cover" />
                  ) : (
                    <span aria-hidden="true" className="size-9 shrink-0 rounded-md bg-cream-200" />
                  ))}
                <span className="min-w-0 flex-1 truncate">
                  <Marked text={option.label} typed={typed} />
                </span>
                {typeof option.price === "number" && (
                  <span className="shrink-0 text-xs text-ink-700">{formatWon(option.price)}</span>
                )}
              </li>
            ))}
          </ul>
        ))}
      </div>
    </form>
  )
}
