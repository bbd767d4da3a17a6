# strip-comments.awk: the page's style sheet and script as the page
# carries them, a third smaller: comment blocks, indentation and empty
# lines dropped.  Only for src/html/page.css and page.js, whose comments
# are written as whole lines: a line that starts with "/*" is a comment
# up to the line that holds "*/" (no code may follow on it); newlines are
# kept, so JavaScript's automatic semicolons are unchanged.
incomment {
	if (index($0, "*/"))
		incomment = 0
	next
}
/^[ \t]*\/\*/ {
	if (!index($0, "*/"))
		incomment = 1
	next
}
{
	sub(/^[ \t]+/, "")
	if ($0 != "")
		print
}
