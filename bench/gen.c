/*
 * gen.c: a synthetic catalogue shaped like the real one, for benchmarks.
 *
 *	gen [-n] N > catalogue.yaml
 *
 * N records with realistic titles, two- or three-paragraph abstracts of
 * about 1 KB, one to four languages, ISBNs with valid check digits, and
 * now and then an E-ISBN, an ISSN, a price or several editions; the
 * same N always gives the same bytes (a fixed-seed xorshift generator),
 * so that runs on different days compare.  With -n the records have no
 * ids (iompubs derives them from title and year), and are otherwise the
 * same.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state = 0x9e3779b97f4a7c15ull;

static uint64_t
rnd(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static unsigned
pick(unsigned n)
{
	return (unsigned)(rnd() % n);
}

static const char *const topics[] = {
	"Human Trafficking", "Labour Exploitation", "Migrant Smuggling",
	"Forced Labour", "Child Trafficking", "Trafficking in Persons",
	"Victim Protection", "Counter-trafficking Cooperation",
	"Reintegration Support", "Irregular Migration", "Migrant Health",
	"Data Collection", "Supply Chains", "Fishing Industry",
	"Domestic Servitude", "Sexual Exploitation", "Border Management",
};
static const char *const kinds[] = {
	"Guidelines for", "A Handbook on", "Assessment of", "Lessons from",
	"A Training Manual on", "Standard Operating Procedures for",
	"Research on", "Evidence on", "A Review of", "Caring for Victims of",
};
static const char *const places[] = {
	"the Caribbean", "West Africa", "the Western Balkans",
	"the Mediterranean", "South-East Asia", "Central America",
	"the Horn of Africa", "Eastern Europe", "the Pacific", "Madagascar",
	"Viet Nam", "Guatemala", "Ghana", "Côte d'Ivoire", "Perú",
};
static const char *const langs[] = {
	"English", "French", "Spanish", "Arabic", "Russian", "Chinese",
	"Portuguese", "Vietnamese", "Albanian", "Armenian",
};
static const char *const words[] = {
	"migrants", "victims", "trafficking", "exploitation", "assistance",
	"protection", "governments", "stakeholders", "research", "report",
	"recommendations", "identification", "referral", "labour", "health",
	"women", "children", "men", "recruitment", "agencies", "fishers",
	"workers", "routes", "countries", "communities", "services", "data",
	"prevention", "prosecution", "partnership", "cooperation", "crisis",
	"the", "of", "and", "in", "to", "for", "with", "on", "their", "a",
	"IOM", "national", "regional", "international", "practical",
};

static void
sentence(int first)
{
	unsigned	 i, n = 12 + pick(14);

	for (i = 0; i < n; i++) {
		const char *w = words[pick(sizeof(words) / sizeof(words[0]))];
		if (i == 0)
			printf("%s%c%s", first ? "" : " ",
			    w[0] >= 'a' ? w[0] - 32 : w[0], w + 1);
		else
			printf(" %s", w);
	}
	printf(".");
}

static void
isbn13(char *out, unsigned long k)
{
	int	 d[13], i, sum = 0;
	char	 body[13];

	snprintf(body, sizeof(body), "97892%07lu", k % 10000000ul);
	for (i = 0; i < 12; i++) {
		d[i] = body[i] - '0';
		sum += d[i] * (i % 2 ? 3 : 1);
	}
	d[12] = (10 - sum % 10) % 10;
	sprintf(out, "%d%d%d-%d%d-%d%d%d%d-%d%d%d-%d", d[0], d[1], d[2], d[3],
	    d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12]);
}

static void
record(unsigned long k, int ids)
{
	char		 isbn[24];
	unsigned	 i, nl, np, year = 1995 + pick(24);

	if (ids)
		printf("  - id: pub-%lu\n    title: ", k);
	else
		printf("  - title: ");
	printf("\"%s %s in %s (%lu)\"\n",
	    kinds[pick(sizeof(kinds) / sizeof(kinds[0]))],
	    topics[pick(sizeof(topics) / sizeof(topics[0]))],
	    places[pick(sizeof(places) / sizeof(places[0]))], k);
	printf("    year: %u\n    pages: %u\n", year, 10 + pick(400));
	nl = 1 + (pick(4) == 0 ? pick(4) : 0);
	printf("    languages: [");
	for (i = 0; i < nl; i++)
		printf("%s%s", i ? ", " : "", langs[(k + i) % 10]);
	printf("]\n");
	isbn13(isbn, k);
	if (pick(2) == 0)
		printf("    isbn: [\"%s\"]\n", isbn);
	else if (pick(5) == 0)
		printf("    eisbn: [\"%s\"]\n", isbn);
	if (pick(10) == 0)
		printf("    issn: \"1607-338X\"\n");
	if (pick(8) == 0)
		printf("    price: {amount: %u, currency: USD}\n", 10 + pick(40));
	printf("    availability: [%s]\n", pick(6) == 0 ? "hardcopy, pdf" :
	    "pdf");
	if (pick(20) == 0)
		printf("    editions:\n      - {year: %u, pages: %u, languages:"
		    " [English], isbn: [\"%s\"]}\n      - {year: %u, languages:"
		    " [French]}\n", year, 100 + pick(100), isbn, year + 1);
	printf("    abstract: |-\n");
	np = 2 + pick(2);
	for (i = 0; i < np; i++) {
		unsigned s, ns = 2 + pick(3);
		printf("%s      ", i ? "\n\n" : "");
		for (s = 0; s < ns; s++)
			sentence(s == 0);
	}
	printf("\n");
	if (pick(4) == 0)
		printf("    notes: >-\n      Synthetic record %lu for "
		    "benchmarks.\n", k);
}

int
main(int argc, char *argv[])
{
	unsigned long	 n, k;
	int		 ids = 1;

	if (argc == 3 && strcmp(argv[1], "-n") == 0) {
		ids = 0;
		argc--;
		argv++;
	}
	if (argc != 2 || (n = strtoul(argv[1], NULL, 10)) == 0) {
		fprintf(stderr, "usage: gen [-n] N\n");
		return 2;
	}
	printf("# A synthetic catalogue of %lu records for benchmarks.\n"
	    "catalog:\n  title: Synthetic\n  edition: \"2026\"\n"
	    "publications:\n", n);
	for (k = 1; k <= n; k++)
		record(k, ids);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		perror("gen");
		return 1;
	}
	return 0;
}
