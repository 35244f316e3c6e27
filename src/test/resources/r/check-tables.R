# Loads every CSV given on the command line with read.csv and readr::read_csv, no options, and
# checks the types negsim promises: TRUE/FALSE columns logical, count columns integer (read.csv)
# or numeric (readr), empty cells NA, seeds exact. Prints one line per problem and exits 1 if any.
suppressMessages(library(readr))
problems <- character(0)
fail <- function(...) problems <<- c(problems, paste0(...))

logical_cols <- c("executed", "success", "member")
integer_cols <- function(names) {
  names[names %in% c("run", "point", "replicate", "round", "rounds", "members", "yes", "no", "abstain",
                     "joined", "success_round", "in_force_round", "decision_round", "runs", "ran") |
        (grepl("^joined_", names) & !grepl("_(mean|se)$", names)) | grepl("^measure_.*_n$", names)]
}

for (f in commandArgs(trailingOnly = TRUE)) {
  # columns by position: read.csv makes names syntactic (measure_a-round becomes measure_a.round), readr does not
  raw <- read.csv(f, colClasses = "character", na.strings = character(0), check.names = FALSE)
  base <- read.csv(f)
  tidy <- suppressMessages(read_csv(f, show_col_types = FALSE, progress = FALSE))
  if (ncol(base) != ncol(raw) || ncol(tidy) != ncol(raw)) fail(f, ": column counts differ")
  names(base) <- names(raw)
  names(tidy) <- names(raw)
  if (nrow(base) != nrow(raw) || nrow(tidy) != nrow(raw)) fail(f, ": row counts differ")
  for (col in intersect(logical_cols, names(raw))) {
    if (!is.logical(base[[col]])) fail(f, ": read.csv reads ", col, " as ", class(base[[col]]))
    if (!is.logical(tidy[[col]])) fail(f, ": read_csv reads ", col, " as ", class(tidy[[col]])[1])
    if (!all(raw[[col]] %in% c("TRUE", "FALSE", ""))) fail(f, ": ", col, " has cells other than TRUE/FALSE")
    if (!identical(as.logical(ifelse(raw[[col]] == "", NA, raw[[col]])), base[[col]])) fail(f, ": ", col, " values")
  }
  for (col in integer_cols(names(raw))) {
    x <- base[[col]]
    if (!(is.integer(x) || all(is.na(x)))) fail(f, ": read.csv reads ", col, " as ", class(x))
    if (!(is.numeric(tidy[[col]]) || all(is.na(tidy[[col]])))) fail(f, ": read_csv reads ", col, " as ", class(tidy[[col]])[1])
  }
  for (col in names(raw)) {
    empty <- raw[[col]] == ""
    if (!identical(is.na(base[[col]]), empty)) fail(f, ": read.csv NA cells of ", col, " are not the empty cells")
    if (!identical(is.na(tidy[[col]]), empty)) fail(f, ": read_csv NA cells of ", col, " are not the empty cells")
  }
  if ("seed" %in% names(raw)) {
    if (!identical(sprintf("%.0f", base$seed), raw$seed)) fail(f, ": read.csv does not hold the seeds exactly")
    if (!identical(sprintf("%.0f", tidy$seed), raw$seed)) fail(f, ": read_csv does not hold the seeds exactly")
  }
  cat("checked", f, nrow(raw), "rows\n")
}
if (length(problems) > 0) {
  writeLines(problems)
  quit(status = 1)
}
