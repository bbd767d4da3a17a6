# iompubs: a command-line browser for IOM's trafficking publications.
#
#	make			build ./iompubs
#	make check		build and run every test
#	make check-asan		the tests again under ASan and UBSan
#	make install		install under $(PREFIX) (and $(DESTDIR))

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR  ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d

CC	?= cc
CFLAGS	?= -O2 -g
WERROR	?= -Werror
PKG_CONFIG ?= pkg-config
BUILD	?= build
V	?= 0

# Quiet by default; make V=1 shows the commands.
Q_0	 = @
Q	 = $(Q_$(V))
say	 = $(if $(Q),@printf '  %-7s %s\n' $(1) $(2))

WARNINGS = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wvla -Wwrite-strings -Wpointer-arith \
	   -Wformat=2 -Wundef

YAML_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags yaml-0.1 2>/dev/null)
YAML_LIBS	:= $(shell $(PKG_CONFIG) --libs yaml-0.1 2>/dev/null || echo -lyaml)
CMOCKA_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS	:= $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)
UNISTRING_LIBS	?= -lunistring
PCRE2_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS	:= $(shell $(PKG_CONFIG) --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
STEMMER_LIBS	?= -lstemmer
NCURSES_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null)
NCURSES_LIBS	:= $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || \
		     echo -lncursesw -ltinfo)

ALL_CPPFLAGS = -Iinclude -Isrc -D_GNU_SOURCE $(YAML_CFLAGS) $(PCRE2_CFLAGS) \
	       $(CPPFLAGS)
ALL_CFLAGS   = $(WARNINGS) $(WERROR) $(CFLAGS)
LIBS	     = $(call archives,$(YAML_LIBS) $(UNISTRING_LIBS) $(STEMMER_LIBS) \
	       $(NCURSES_LIBS) $(PCRE2_LIBS)) -lm

# These libraries are linked from their archives where the system has
# them (Debian's -dev packages do), from their shared objects otherwise:
# the dynamic loader binding thousands of their symbols was most of the
# start-up of every command (callgrind, --version: 1.43M instructions
# linked dynamically, 0.46M so), though only browse uses ncurses.
# make STATIC_LIBS= links them all dynamically.
STATIC_LIBS	?= yaml unistring stemmer ncursesw tinfo pcre2-8
archive_of	= $(or $(filter /%,$(shell $(CC) -print-file-name=lib$(1).a \
		  2>/dev/null)),-l$(1))
STATIC_ARCHIVES	:= $(foreach l,$(STATIC_LIBS),$(l)=$(call archive_of,$(l)))
archives	= $(foreach f,$(1),$(or $(patsubst $(patsubst -l%,%,$(f))=%,%,\
		  $(filter $(patsubst -l%,%,$(f))=%,$(STATIC_ARCHIVES))),$(f)))

# Modules by concern, one line each, so that work on one does not
# touch the lines of the others.
CORE_MODULES	= arena buf catalog diag fold htab ids input isbn lang load num \
		  suggest text
OBTAIN_MODULES	= obtain cmd_about
CITE_MODULES	= cite fmt_cite
SELECT_MODULES	= expr filter match order rx
COMMAND_MODULES	= cli cmd_check cmd_list cmd_search cmd_show cmd_stats \
		  listopts pager term
FORMAT_MODULES	= format fmt_bibtex fmt_csv fmt_full fmt_json fmt_plain fmt_rec \
		  fmt_ris fmt_table fmt_template fmt_tsv fmt_yaml out
SEARCH_MODULES	= lexicon search search_scan search_snippet search_vocab \
		  search_words stem wordlist
BROWSE_MODULES	= browse browse_draw cmd_browse
CHECK_MODULES	= validate
STATS_MODULES	= stats
MODULES = $(CORE_MODULES) $(SELECT_MODULES) $(COMMAND_MODULES) \
	  $(FORMAT_MODULES) $(SEARCH_MODULES) $(CHECK_MODULES) \
	  $(OBTAIN_MODULES) $(CITE_MODULES) $(BROWSE_MODULES) \
	  $(STATS_MODULES)
OBJS	= $(MODULES:%=$(BUILD)/obj/%.o) $(BUILD)/obj/builtin.o \
	  $(BUILD)/obj/lexicon_data.o $(BUILD)/obj/wordlist_data.o
UNITS	= arena diag filter fold htab ids input isbn load match num order out pager rx \
	  $(OBTAIN_UNITS) \
	  suggest text catalog_data $(FORMAT_UNITS) $(SEARCH_UNITS) \
	  $(CHECK_UNITS) $(BROWSE_UNITS) $(EXPR_UNITS) $(STATS_UNITS)
FORMAT_UNITS	= formats
OBTAIN_UNITS	= obtain cite
SEARCH_UNITS	= search lexicon wordlist
CHECK_UNITS	= validate
BROWSE_UNITS	= browse
EXPR_UNITS	= expr
STATS_UNITS	= stats
UNIT_BINS = $(UNITS:%=$(BUILD)/tests/test_%)

.PHONY: all check check-unit check-e2e check-tty check-completion \
	check-formats check-hostile check-catalog check-oom check-valgrind \
	check-asan install uninstall clean lint-man fuzz fuzzers coverage bench \
	mutants check-search search-eval check-html html-shots html-bench \
	check-docs

all: iompubs

iompubs: $(BUILD)/iompubs
	$(Q)cp $(BUILD)/iompubs $@

$(BUILD)/.need-build:
	@mkdir -p $(BUILD)
	@sh build-aux/need.sh build "$(CC)"
	@touch $@

$(BUILD)/.need-check:
	@mkdir -p $(BUILD)
	@sh build-aux/need.sh check "$(CC)"
	@touch $@

# Only the drawing sees curses.h and its feature macros.
$(BUILD)/obj/browse_draw.o: ALL_CPPFLAGS += $(NCURSES_CFLAGS)

$(BUILD)/obj/%.o: src/%.c $(BUILD)/.need-build
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# The catalogue, compiled in so that iompubs needs no data files.
$(BUILD)/embed: tools/embed.c
	@mkdir -p $(@D)
	$(call say,CC,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ tools/embed.c

$(BUILD)/gen/builtin.c: data/catalog.yaml $(BUILD)/embed
	@mkdir -p $(@D)
	$(call say,EMBED,data/catalog.yaml)
	$(Q)$(BUILD)/embed builtin_catalog data/catalog.yaml > $@.tmp
	$(Q)mv $@.tmp $@

$(BUILD)/obj/builtin.o: $(BUILD)/gen/builtin.c
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The search lexicon (countries from iso-codes, data/places.tsv,
# data/thesaurus.tsv, data/families.tsv), compiled in likewise.
ISO_CODES_JSON	?= /usr/share/iso-codes/json/iso_3166-1.json
ISO_CODES_LOCALEDIR ?= /usr/share/locale
LEXICON_DATA	= data/places.tsv data/thesaurus.tsv data/families.tsv
STOPWORDS	= $(BUILD)/gen/snowball-stopwords.txt data/stopwords.txt

$(BUILD)/gen/lexicon_data.c: tools/gen_lexicon.py $(LEXICON_DATA) \
    $(STOPWORDS) $(BUILD)/.need-build
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)python3 tools/gen_lexicon.py $(ISO_CODES_JSON) \
	    $(ISO_CODES_LOCALEDIR) $(LEXICON_DATA) $(STOPWORDS) > $@.tmp
	$(Q)mv $@.tmp $@

# Snowball's stopwords of English, French and Spanish (Lingua::StopWords).
$(BUILD)/gen/snowball-stopwords.txt: tools/snowball-stopwords.pl \
    $(BUILD)/.need-build
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)perl tools/snowball-stopwords.pl > $@.tmp
	$(Q)mv $@.tmp $@

$(BUILD)/obj/lexicon_data.o: $(BUILD)/gen/lexicon_data.c include/lexicon.h
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# The words of English, French and Spanish, that tell search a real word
# from a typo (Debian's wamerican, wbritish, wfrench, wspanish).
WORDLISTS	?= /usr/share/dict/american-english \
		   /usr/share/dict/british-english /usr/share/dict/french \
		   /usr/share/dict/spanish

$(BUILD)/gen/wordlist_data.c: tools/gen_wordlist.py $(BUILD)/.need-build
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)python3 tools/gen_wordlist.py $(WORDLISTS) > $@.tmp
	$(Q)mv $@.tmp $@

$(BUILD)/obj/wordlist_data.o: $(BUILD)/gen/wordlist_data.c include/wordlist.h
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# Other names of the languages (castellano, Flemish), from iso-codes,
# for lang.c to include.
ISO_639_JSON	?= /usr/share/iso-codes/json/iso_639-2.json

$(BUILD)/gen/lang_names.inc: tools/gen_langnames.py $(BUILD)/.need-build
	@mkdir -p $(@D)
	$(call say,GEN,$@)
	$(Q)python3 tools/gen_langnames.py $(ISO_639_JSON) \
	    $(ISO_CODES_LOCALEDIR) > $@.tmp
	$(Q)mv $@.tmp $@

$(BUILD)/obj/lang.o: $(BUILD)/gen/lang_names.inc
$(BUILD)/obj/lang.o: ALL_CPPFLAGS += -I$(BUILD)/gen
# The HTML page (fmt_html), its style sheet and script compiled in,
# without their comments, with the SHA-256 by which its
# Content-Security-Policy allows them.
HTML_ASSETS	= css js
MODULES		+= fmt_html
OBJS		+= $(HTML_ASSETS:%=$(BUILD)/obj/html_%.o)

.PRECIOUS: $(BUILD)/gen/html_%.c $(BUILD)/gen/page.%
$(BUILD)/gen/page.%: src/html/page.% tools/strip-comments.awk
	@mkdir -p $(@D)
	$(Q)awk -f tools/strip-comments.awk $< > $@.tmp
	$(Q)mv $@.tmp $@

$(BUILD)/gen/html_%.c: $(BUILD)/gen/page.% $(BUILD)/embed
	@mkdir -p $(@D)
	$(call say,EMBED,$<)
	$(Q)$(BUILD)/embed html_$* $< "$$(sha256sum < $< | cut -c1-64)" \
	    > $@.tmp
	$(Q)mv $@.tmp $@

$(BUILD)/obj/html_%.o: $(BUILD)/gen/html_%.c
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<


$(BUILD)/iompubs: $(BUILD)/obj/main.o $(OBJS)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $(BUILD)/obj/main.o $(OBJS) $(LIBS)

# Tests.

# A build whose Nth allocation fails, for the out-of-memory tests.
$(BUILD)/iompubs-failmalloc: $(BUILD)/obj/main.o $(OBJS) tests/oom/failmalloc.c
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes $(LDFLAGS) -o $@ \
	    $(BUILD)/obj/main.o $(OBJS) tests/oom/failmalloc.c $(LIBS)

$(BUILD)/tests/%.o: tests/unit/%.c $(BUILD)/.need-check $(BUILD)/.need-build
	@mkdir -p $(@D)
	$(call say,CC,$<)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(CMOCKA_CFLAGS) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# testcat.o: a catalogue from a string, the one helper the tests share.
.SECONDARY: $(BUILD)/tests/testcat.o
$(BUILD)/tests/test_%: $(BUILD)/tests/test_%.o $(BUILD)/tests/testcat.o $(OBJS)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/tests/testcat.o \
	    $(OBJS) $(LIBS) $(CMOCKA_LIBS)

check: check-unit check-e2e check-tty check-completion check-formats \
	check-hostile check-catalog check-search check-html check-docs

# The shipped catalogue must pass its own checks.
check-catalog: $(BUILD)/iompubs
	@$(BUILD)/iompubs check data/catalog.yaml >$(BUILD)/check-catalog.log \
	    || { cat $(BUILD)/check-catalog.log; exit 1; }

check-unit: $(UNIT_BINS)
	@fail=0; for t in $(UNIT_BINS); do \
		$$t >$$t.log 2>&1 || { cat $$t.log; fail=1; }; \
		grep -E '^\[  (PASSED|FAILED)  \] [0-9]' $$t.log | \
		    sed "s|^|  $$(basename $$t): |"; \
	done; exit $$fail

check-e2e: $(BUILD)/iompubs
	@sh tests/e2e/run.sh $(BUILD)/iompubs
	@if python3 -c 'import yaml' 2>/dev/null; then \
		python3 tests/e2e/respell.py $(BUILD)/iompubs; \
	else \
		echo "SKIP respell.py: it needs python3 with PyYAML" \
		    "(Debian: python3-yaml)"; \
	fi

# A person at a terminal: pseudo-terminals of several sizes.
check-tty: $(BUILD)/iompubs
	@if command -v python3 >/dev/null 2>&1; then \
		python3 tests/tty/test_tty.py $(BUILD)/iompubs; \
	else \
		echo "SKIP test_tty.py: it needs python3"; \
	fi

# Search relevance on the judged queries of tests/search/: fails below
# the floors set in eval.py.  make search-eval also scores SQLite FTS5
# on the same queries, side by side, and shows each query's figures.
check-search: $(BUILD)/iompubs
	@python3 tests/search/eval.py --floor $(BUILD)/iompubs
	@sh tests/search/examples.sh $(BUILD)/iompubs

search-eval: $(BUILD)/iompubs
	@python3 tests/search/eval.py --fts5 --per-query $(BUILD)/iompubs

# Hostile catalogues: each refused with its exact message, or loaded.
check-hostile: $(BUILD)/iompubs
	@sh tests/hostile/run.sh $(BUILD)/iompubs

# Fuzzing (clang, libFuzzer, ASan and UBSan): make fuzz FUZZ_SECONDS=N
# runs each harness for N seconds on a corpus seeded from the shipped,
# test and hostile catalogues; FUZZ_RUNS=N runs N inputs instead.
FUZZERS		= load expr match format roundtrip
FUZZ_SECONDS	?= 60
FUZZ_RUNS	?=
FUZZ_FLAGS	= -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
		  -fno-sanitize-recover=all
FUZZ_LIMIT	= $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_SECONDS))

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(OBJS)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< \
	    $(OBJS) $(LIBS)

fuzzers:
	$(MAKE) BUILD=build-fuzz CC=clang \
	    CFLAGS="$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" \
	    LDFLAGS="$(FUZZ_FLAGS)" $(FUZZERS:%=build-fuzz/fuzz_%)

fuzz: fuzzers
	@for f in $(FUZZERS); do \
		corpus=build-fuzz/corpus/$$f; mkdir -p $$corpus; \
		case $$f in \
		load|format|roundtrip) cp data/catalog.yaml \
		    tests/e2e/catalogs/*.yaml tests/hostile/*.yaml $$corpus/; \
		    dict=-dict=tests/fuzz/yaml.dict ;; \
		expr) cp tests/fuzz/seeds/expr/* $$corpus/; \
		    dict=-dict=tests/fuzz/expr.dict ;; \
		*) cp tests/fuzz/seeds/match/* $$corpus/; dict= ;; \
		esac; \
		case $$f in load|format|roundtrip) max=8192 ;; \
		*) max=512 ;; esac; \
		if [ -d tests/fuzz/regressions/$$f ]; then \
			build-fuzz/fuzz_$$f tests/fuzz/regressions/$$f/* \
			    >/dev/null 2>&1 || { echo "fuzz_$$f: a fixed" \
			    "crash is back"; exit 1; }; \
		fi; \
		echo "fuzz_$$f: $(FUZZ_LIMIT)"; \
		build-fuzz/fuzz_$$f $$corpus $$dict \
		    -max_len=$$max $(FUZZ_LIMIT) -print_final_stats=1 \
		    -artifact_prefix=build-fuzz/ >build-fuzz/$$f.log 2>&1; \
		rc=$$?; \
		grep -E '^(stat::number_of_executed_units|==|ERROR|SUMMARY)' \
		    build-fuzz/$$f.log; \
		[ $$rc -eq 0 ] || { echo "fuzz_$$f: exit $$rc; see" \
		    "build-fuzz/$$f.log"; exit 1; }; \
	done

# Every test again under valgrind: no error and no leak.  PCRE2's
# machine code (its JIT) reads past what it was given in whole words,
# which valgrind takes for use of uninitialised memory: IOMPUBS_NO_JIT
# has regular expressions interpreted instead.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	   --errors-for-leak-kinds=definite,indirect

check-valgrind: $(BUILD)/iompubs $(UNIT_BINS)
	@mkdir -p $(BUILD)/valgrind
	@printf '#!/bin/sh\nIOMPUBS_NO_JIT=1 exec $(VALGRIND) %s "$$@"\n' \
	    "$$(pwd)/$(BUILD)/iompubs" > $(BUILD)/valgrind/iompubs
	@chmod +x $(BUILD)/valgrind/iompubs
	@fail=0; for t in $(UNIT_BINS); do \
		IOMPUBS_NO_JIT=1 $(VALGRIND) $$t >$$t.vg.log 2>&1 || \
		    { cat $$t.vg.log; fail=1; }; \
	done; echo "valgrind: unit tests done"; [ $$fail = 0 ]
	@sh tests/e2e/run.sh $(BUILD)/valgrind/iompubs
	@HOSTILE_TIMEOUT=600 sh tests/hostile/run.sh $(BUILD)/valgrind/iompubs

# Line and branch coverage of src/ by the tests, the out-of-memory
# runs included: make coverage, then open coverage/index.html.
COV_FLAGS = -O0 -g --coverage

coverage:
	rm -rf build-cov coverage
	$(MAKE) BUILD=build-cov CFLAGS="$(COV_FLAGS)" LDFLAGS="--coverage" \
	    check-unit check-e2e check-hostile check-formats check-tty \
	    check-catalog check-oom
	lcov -q --capture --directory build-cov/obj --rc lcov_branch_coverage=1 \
	    --output-file build-cov/all.info
	lcov -q --extract build-cov/all.info '*/src/*' --rc \
	    lcov_branch_coverage=1 --output-file build-cov/src.info
	genhtml -q --branch-coverage build-cov/src.info -o coverage
	lcov --summary build-cov/src.info --rc lcov_branch_coverage=1

# Benchmarks: synthetic catalogues of 1k to 1M records (bench/out/,
# about 1.5 GB), the reference parse and iompubs, medians and ratios.
# BENCH_SIZES="1000 10000" for a quicker run.
BENCH_SIZES ?=

$(BUILD)/bench/gen: bench/gen.c
	@mkdir -p $(@D)
	$(call say,CC,$@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ bench/gen.c

$(BUILD)/bench/ref: bench/ref.c $(BUILD)/.need-build
	@mkdir -p $(@D)
	$(call say,CC,$@)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -o $@ bench/ref.c $(YAML_LIBS)

$(BUILD)/bench/measure: bench/measure.c
	@mkdir -p $(@D)
	$(call say,CC,$@)
	$(Q)$(CC) -D_GNU_SOURCE $(ALL_CFLAGS) -o $@ bench/measure.c

bench: $(BUILD)/iompubs $(BUILD)/bench/gen $(BUILD)/bench/ref \
    $(BUILD)/bench/measure
	@python3 bench/run.py $(BUILD)/iompubs $(BUILD)/bench/ref \
	    $(BUILD)/bench/gen $(BUILD)/bench/measure $(BENCH_SIZES)

# Every allocation of real runs fails in turn (not with sanitizers,
# whose allocators the test build cannot replace).
check-oom: $(BUILD)/iompubs-failmalloc
	@python3 tests/oom/run.py $(BUILD)/iompubs-failmalloc

# Every output format, read back by a real consumer.
# Each consumer's findings go to the log, shown when something fails;
# the last line is the summary.
check-formats: $(BUILD)/iompubs
	@sh tests/formats/run.sh $(BUILD)/iompubs >$(BUILD)/check-formats.log \
	    2>&1 || { cat $(BUILD)/check-formats.log; exit 1; }
	@grep '^SKIP' $(BUILD)/check-formats.log || true
	@tail -n 1 $(BUILD)/check-formats.log

# The HTML page in headless Chromium (skipped without it, unless
# IOMPUBS_NEED_CHROMIUM=1); html-shots writes screenshots to look at;
# html-bench times the search on 10k records in the browser.
check-html: $(BUILD)/iompubs
	@python3 tests/html/run.py $(BUILD)/iompubs

html-shots: $(BUILD)/iompubs
	@python3 tests/html/shots.py $(BUILD)/iompubs $(BUILD)/html-shots

html-bench: $(BUILD)/iompubs $(BUILD)/bench/gen
	@python3 bench/html.py $(BUILD)/iompubs $(BUILD)/bench/gen

check-completion: $(BUILD)/iompubs
	@bash tests/completion/test_bash.sh $(BUILD)/iompubs
	@sh tests/completion/test_fish.sh $(BUILD)/iompubs

# Mutation testing (not part of check): small mistakes made one at a
# time in a copy of the tree, each against the fast tests.
#	make mutants MODULES='expr filter' MUTANTS_N=20 MUTANTS_SEED=1
# MODULES on the command line names the modules to mutate (patterns
# such as fmt_* work); without it, those that decide what a user sees.
MUTANT_MODULES	= load filter expr match search search_* order isbn validate \
		  ids out fmt_* cli
MUTANTS_N	?= 20
MUTANTS_SEED	?= 1
MUTANTS_BUDGET	?= 300

mutants:
	@nice -n 19 python3 tests/mutants/mutate.py -n $(MUTANTS_N) \
	    --seed $(MUTANTS_SEED) --budget $(MUTANTS_BUDGET) \
	    '$(if $(filter command line,$(origin MODULES)),$(MODULES),$(MUTANT_MODULES))'

SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
	    -fno-sanitize-recover=all

check-asan:
	$(MAKE) BUILD=build-asan CFLAGS="$(SAN_FLAGS)" \
	    LDFLAGS="$(SAN_FLAGS)" check

# Every level, style included.  The pages find each other through a
# MANPATH of their own; a reference to a page this machine has not
# installed (grep(1) on a system without manuals), and mandoc's notes on
# the system's own mandoc.db, are the machine's, not the pages', and are
# let through.
lint-man:
	@rm -rf $(BUILD)/mantree && mkdir -p $(BUILD)/mantree/man1 \
	    $(BUILD)/mantree/man5
	@cp man/iompubs.1 $(BUILD)/mantree/man1/
	@cp man/iompubs-catalog.5 $(BUILD)/mantree/man5/
	@out=$$(MANPATH="$$(pwd)/$(BUILD)/mantree:$$(manpath 2>/dev/null || \
	    echo /usr/share/man)" mandoc -Tlint -W style man/*.[0-9] 2>&1 | \
	    grep -v 'outdated mandoc.db' | \
	    grep -v 'referenced manual not found: Xr \(grep\|cut\|awk\|regex\|less\|recsel\|bash\|zsh\|fish\|jq\|fzf\|git\|pandoc\|bibtex\|xargs\|sort\)'); \
	    if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; \
	    echo "mandoc -Tlint -W style: clean"
	@# A macro that lost its line start (".It" after a full stop) is
	@# valid text to mandoc: look for one in the rendered pages.
	@for p in man/*.[0-9]; do mandoc -Tascii $$p | sed "s/.\x08//g" | \
	    grep -nE '(^|[^A-Za-z0-9])\.(It|Fl|Cm|Ar|Pp|Bl|El|Sh|Ss|Xr|Nm|Op|Ql|Dq|Sq|Em|Pa|Ev|Va|Bd|Ed|Dl|D1|Li|Ic|Sy|Lk) ' | \
	    sed "s|^|$$p: a macro shown as text: |"; done | \
	    { if grep .; then exit 1; fi; } && \
	    echo "rendered pages: no macro shown as text"

# Every example of README.md and iompubs(1), run (tests/docs/).
check-docs: $(BUILD)/iompubs
	@if command -v python3 >/dev/null 2>&1; then \
		python3 tests/docs/run_examples.py $(BUILD)/iompubs; \
	else \
		echo "SKIP run_examples.py: it needs python3"; \
	fi
	@if command -v mandoc >/dev/null 2>&1; then \
		$(MAKE) -s lint-man; \
	else \
		echo "SKIP lint-man: it needs mandoc"; \
	fi

install: $(BUILD)/iompubs
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(BASHCOMPDIR) \
	    $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	cp completions/iompubs.bash $(DESTDIR)$(BASHCOMPDIR)/iompubs
	cp completions/_iompubs $(DESTDIR)$(ZSHCOMPDIR)/_iompubs
	cp completions/iompubs.fish $(DESTDIR)$(FISHCOMPDIR)/iompubs.fish
	cp $(BUILD)/iompubs $(DESTDIR)$(BINDIR)/iompubs
	chmod 755 $(DESTDIR)$(BINDIR)/iompubs
	cp man/iompubs.1 $(DESTDIR)$(MANDIR)/man1/iompubs.1
	cp man/iompubs-catalog.5 $(DESTDIR)$(MANDIR)/man5/iompubs-catalog.5
	chmod 644 $(DESTDIR)$(MANDIR)/man1/iompubs.1 \
	    $(DESTDIR)$(MANDIR)/man5/iompubs-catalog.5 \
	    $(DESTDIR)$(BASHCOMPDIR)/iompubs $(DESTDIR)$(ZSHCOMPDIR)/_iompubs \
	    $(DESTDIR)$(FISHCOMPDIR)/iompubs.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/iompubs \
	    $(DESTDIR)$(MANDIR)/man1/iompubs.1 \
	    $(DESTDIR)$(MANDIR)/man5/iompubs-catalog.5 \
	    $(DESTDIR)$(BASHCOMPDIR)/iompubs $(DESTDIR)$(ZSHCOMPDIR)/_iompubs \
	    $(DESTDIR)$(FISHCOMPDIR)/iompubs.fish

clean:
	rm -rf build build-asan build-cov build-fuzz build-valgrind iompubs \
	    bench/out

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/tests/*.d)

# The full-screen browser in a real terminal: tmux, keys, the screen.
.PHONY: check-browse
check: check-browse
# (Out of memory too, but not under sanitizers: see check-oom.)
BROWSE_FAILMALLOC = $(if $(findstring -fsanitize,$(CFLAGS)),,\
		    $(BUILD)/iompubs-failmalloc)
check-browse: $(BUILD)/iompubs $(BROWSE_FAILMALLOC)
	@sh tests/tty/test_browse.sh $(BUILD)/iompubs $(BROWSE_FAILMALLOC)

# How long a key takes in the browser: the shipped catalogue and 10,000
# records (bench/out/10000.yaml, made by bench/gen as run.py makes it).
.PHONY: bench-browse
bench: bench-browse
$(BUILD)/bench/browse: bench/browse.c $(OBJS)
	@mkdir -p $(@D)
	$(call say,LD,$@)
	$(Q)$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ bench/browse.c \
	    $(OBJS) $(LIBS)

bench-browse: $(BUILD)/bench/browse $(BUILD)/bench/gen
	@mkdir -p bench/out
	@[ -f bench/out/10000.yaml ] || \
	    { $(BUILD)/bench/gen 10000 > bench/out/10000.yaml.tmp && \
	    mv bench/out/10000.yaml.tmp bench/out/10000.yaml; }
	@$(BUILD)/bench/browse bench/out/10000.yaml

# No circle in the include graph, of files or of modules: a layer only
# includes what lies below it.
# The benchmark programs use the modules' interfaces: build them with
# the tests, so that a change of interface cannot leave them behind.
check: check-bench-builds
check-bench-builds: $(BUILD)/bench/gen $(BUILD)/bench/ref \
    $(BUILD)/bench/measure $(BUILD)/bench/browse
.PHONY: check-bench-builds

check: check-includes
check-includes:
	@python3 tools/include-cycles.py
.PHONY: check-includes
