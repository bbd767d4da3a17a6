#!/usr/bin/perl
# snowball-stopwords.pl: the Snowball project's stopword lists for English,
# French and Spanish, as Debian's liblingua-stopwords-perl ships them, one
# word and its language (en, fr, es) a line, separated by a tab, in UTF-8,
# for tools/gen_lexicon.py to fold and compile in.
use strict;
use warnings;

my $ok = eval { require Lingua::StopWords; 1 };
die "snowball-stopwords.pl: Lingua::StopWords is missing " .
    "(Debian: apt-get install liblingua-stopwords-perl)\n" unless $ok;
binmode STDOUT, ':encoding(UTF-8)';
for my $lang (qw(en fr es)) {
	my $words = Lingua::StopWords::getStopWords($lang, 'UTF-8');
	print "$_\t$lang\n" for sort keys %$words;
}
