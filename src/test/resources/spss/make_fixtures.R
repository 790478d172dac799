# Makes the .sav/.zsav fixtures of the SPSS import tests with haven (r-cran-haven), and R's own tables of them.
# Run from this folder:  Rscript make_fixtures.R
# mass_survey.csv is ../../../../../shared/data/mass_survey.xlsx saved as CSV by LibreOffice (same cells).
# haven cannot write multi-response sets, a weight variable or a non-UTF-8 encoding: SavFixtureWriter (test code)
# adds those records to copies of these files, and writes the Windows-31J file itself.
suppressMessages(library(haven))
options(digits = 15)

# --- the shared MASS survey: text answers become labelled codes in alphabetical (factor) order -------------
ms <- read.csv("mass_survey.csv", na.strings = "", stringsAsFactors = FALSE, check.names = FALSE)
names(ms) <- gsub(".", "_", names(ms), fixed = TRUE)   # SPSS names cannot hold '.'; the labels keep the originals
orig <- names(read.csv("mass_survey.csv", nrows = 1, check.names = FALSE))
for (i in seq_along(ms)) {
  if (is.character(ms[[i]])) ms[[i]] <- factor(ms[[i]])
  attr(ms[[i]], "label") <- orig[i]
}
write_sav(ms, "mass_survey.sav", compress = "byte")
write_sav(ms, "mass_survey_plain.sav", compress = "none")
write_sav(ms, "mass_survey.zsav", compress = "zsav")

# --- constructed cases -------------------------------------------------------------------------------------
n <- 40
set.seed(12)
sat_codes <- c(rep(1:5, 7), 9, 9, 9, NA, 3)
long_text <- paste(rep("とても長い自由回答です。", 30), collapse = "")   # 360 characters, 1,080 UTF-8 bytes
cons <- data.frame(id = 1:n)
cons$sat <- labelled_spss(sat_codes,
  labels = c("Very dissatisfied" = 1, "Dissatisfied" = 2, "Neutral" = 3, "Satisfied" = 4, "Very satisfied" = 5,
             "Don't know" = 9),
  na_values = 9, label = "Overall satisfaction")
cons$region <- labelled(rep(c(2, 1, 3, 1), 10), labels = c("東京" = 1, "大阪" = 2, "名古屋" = 3), label = "地域")
cons$age <- labelled_spss(rep(c(1, 2, 3, 98, 2, 1, 99, 3), 5),
  labels = c("18-34" = 1, "35-54" = 2, "55+" = 3, "Refused" = 98, "Not asked" = 99),
  na_range = c(98, 99), label = "Age band")
cons$comment <- ifelse(seq_len(n) %% 4 == 0, paste0(seq_len(n), ": ", long_text), "")
attr(cons$comment, "label") <- "ご意見"
cons$visit <- as.Date("2026-01-05") + (seq_len(n) * 3) %% 60
attr(cons$visit, "label") <- "Visit date"
cons$w <- round(0.5 + (seq_len(n) %% 5) / 4, 2)
attr(cons$w, "label") <- "Design weight"
ticks <- function(k) as.numeric(seq_len(n) %% k == 0)
cons$ch_1 <- labelled(ticks(2), labels = c("Not chosen" = 0, "Chosen" = 1), label = "Email")
cons$ch_2 <- labelled(ticks(3), labels = c("Not chosen" = 0, "Chosen" = 1), label = "Phone")
cons$ch_3 <- labelled(ticks(5), labels = c("Not chosen" = 0, "Chosen" = 1), label = "Chat")
brands <- c("Alpha" = 1, "Beta" = 2, "Gamma" = 3, "Delta" = 4)
cons$br_1 <- labelled(rep(c(1, 2, 3, 1, 4), 8), labels = brands, label = "Brand mention 1")
cons$br_2 <- labelled(rep(c(2, NA, 1, 3, NA), 8), labels = brands, label = "Brand mention 2")
write_sav(cons, "constructed.sav", compress = "byte")
write_sav(cons, "constructed.zsav", compress = "zsav")

# value labels on strings longer than 8 bytes (haven writes them in the long-string value labels record 7/21)
ls <- data.frame(id = 1:6)
ls$area <- labelled(c("north-east-region", "south-west-region", "north-east-region", "central-area-one",
                      "south-west-region", "north-east-region"),
  labels = c("北東部" = "north-east-region", "南西部" = "south-west-region", "中央部" = "central-area-one"),
  label = "Area")
write_sav(ls, "long_string_labels.sav")

# R's tables of the constructed file as read back (user-missing codes become NA with user_na = FALSE)
back <- read_sav("constructed.sav")
tab <- function(q, by) {
  t <- table(as_factor(back[[q]], levels = "labels"), as_factor(back[[by]], levels = "labels"))
  t <- t[rowSums(t) > 0, colSums(t) > 0, drop = FALSE]
  d <- as.data.frame(t, stringsAsFactors = FALSE)
  names(d) <- c("answer", "segment", "count")
  cbind(question = q, by = by, d)
}
out <- rbind(tab("sat", "region"), tab("age", "region"), tab("sat", "age"))
write.csv(out, "constructed_tables.csv", row.names = FALSE, fileEncoding = "UTF-8")
mr <- data.frame(option = c("Email", "Phone", "Chat"),
                 count = c(sum(back$ch_1 == 1), sum(back$ch_2 == 1), sum(back$ch_3 == 1)))
br <- sapply(1:4, function(b) sum(back$br_1 %in% b | back$br_2 %in% b))
mr <- rbind(mr, data.frame(option = names(brands), count = br))
write.csv(mr, "constructed_multi.csv", row.names = FALSE, fileEncoding = "UTF-8")
cat("fixtures written\n")
