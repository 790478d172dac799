# Reference results for rim weighting and the Rao-Scott test, with R's survey package (r-cran-survey).
# Run from this folder:  Rscript rake_reference.R
# Inputs: ../spss/mass_survey.csv (MASS survey, as in shared/data) and sample_weighting.csv (the bundled sample
# survey's attribute and question columns, saved from the sample workbook by LibreOffice; blanks = no answer).
# Outputs: rake_targets.csv (the targets, shares as fractions), rake_weights.csv (one weight per respondent of
# the raked design, by 1-based row of the input), rao_scott.csv (svychisq(statistic = "Chisq") on the raked design:
# its X^2 and p-value, and the corrected statistic X^2 / mean(delta)).
suppressMessages(library(survey))
options(digits = 17)

ms <- read.csv("../spss/mass_survey.csv", na.strings = "", stringsAsFactors = FALSE, check.names = FALSE)
names(ms) <- gsub(".", "_", names(ms), fixed = TRUE)
sm <- read.csv("sample_weighting.csv", na.strings = "", stringsAsFactors = FALSE, check.names = FALSE,
               encoding = "UTF-8")
names(sm) <- c("id", "業種", "従業員規模", "役職", "Q2", "Q3")

targets <- list(
  mass2 = list(data = "mass", margins = list(
    Fold = c("L on R" = 0.40, "Neither" = 0.10, "R on L" = 0.50),
    Exer = c("Freq" = 0.40, "None" = 0.15, "Some" = 0.45))),
  mass3 = list(data = "mass", margins = list(
    Fold = c("L on R" = 0.40, "Neither" = 0.10, "R on L" = 0.50),
    Exer = c("Freq" = 0.40, "None" = 0.15, "Some" = 0.45),
    Sex = c("Female" = 0.52, "Male" = 0.48))),
  sample = list(data = "sample", margins = list(
    "業種" = c("製造" = 0.25, "IT・通信" = 0.20, "流通・小売" = 0.15, "金融・保険" = 0.10, "サービス" = 0.20,
             "その他" = 0.10),
    "従業員規模" = c("99人以下" = 0.30, "100〜999人" = 0.35, "1,000〜4,999人" = 0.20, "5,000人以上" = 0.15))))
tables <- list(
  mass2 = list(c("Fold", "Exer"), c("Smoke", "Exer"), c("Clap", "Fold"), c("M_I", "Sex")),
  mass3 = list(c("Smoke", "Sex"), c("W_Hnd", "Fold")),
  sample = list(c("Q2", "役職"), c("Q3", "業種"), c("Q2", "従業員規模"),
                c("Q2", "従業員規模", "業種 == \"製造\""), c("Q3", "役職", "従業員規模 %in% c(\"99人以下\", \"100〜999人\")")))

# svychisq(statistic = "Chisq") reports Pearson's X^2 (the weighted table rescaled to the design's n) and the
# p-value of X^2 / mean(diag(Delta)); the corrected statistic itself is not returned. mean_delta() repeats the
# lines of survey:::svychisq.survey.design that make Delta, with survey's own svymean variance; the script checks
# that pchisq(X^2 / mean_delta) is svychisq's p-value.
mean_delta <- function(formula, design) {
  rows <- formula[[2]][[2]]; cols <- formula[[2]][[3]]
  nr <- length(na.omit(unique(design$variables[, as.character(rows)])))
  nc <- length(na.omit(unique(design$variables[, as.character(cols)])))
  fsat <- eval(bquote(~interaction(factor(.(rows)), factor(.(cols))) - 1))
  mm <- model.matrix(fsat, model.frame(fsat, design$variables, na.action = na.pass))
  N <- nrow(mm)
  mf1 <- expand.grid(rows = 1:nr, cols = 1:nc)
  X1 <- model.matrix(~factor(rows) + factor(cols), mf1)
  X12 <- model.matrix(~factor(rows) * factor(cols), mf1)
  mean2 <- svymean(mm, design, na.rm = TRUE)
  Cmat <- qr.resid(qr(X1), X12[, -(1:(nr + nc - 1)), drop = FALSE])
  iDmat <- diag(ifelse(mean2 == 0, 0, 1 / mean2))
  V <- attr(mean2, "var")
  denom <- t(Cmat) %*% (iDmat / N) %*% Cmat
  numr <- t(Cmat) %*% iDmat %*% V %*% iDmat %*% Cmat
  mean(diag(solve(denom, numr)))
}

tgt_rows <- list(); w_rows <- list(); rs_rows <- list()
for (case in names(targets)) {
  spec <- targets[[case]]
  df <- if (spec$data == "mass") ms else sm
  df$row <- seq_len(nrow(df))
  vars <- names(spec$margins)
  keep <- complete.cases(df[, vars, drop = FALSE])
  d <- df[keep, ]
  d$one <- 1
  des <- svydesign(ids = ~1, weights = ~one, data = d)
  n <- nrow(d)
  pops <- lapply(vars, function(v) {
    p <- data.frame(names(spec$margins[[v]]), unname(spec$margins[[v]]) * n, stringsAsFactors = FALSE)
    names(p) <- c(v, "Freq")
    p
  })
  sample.margins <- lapply(vars, function(v) as.formula(paste0("~`", v, "`")))
  r <- rake(des, sample.margins, pops, control = list(maxit = 2000, epsilon = 1e-13, verbose = FALSE))
  w <- weights(r)
  for (v in vars) tgt_rows[[length(tgt_rows) + 1]] <- data.frame(case = case, attribute = v,
      answer = names(spec$margins[[v]]), share = unname(spec$margins[[v]]))
  w_rows[[case]] <- data.frame(case = case, row = d$row, weight = sprintf("%.17g", w))
  for (tb in tables[[case]]) {
    f <- as.formula(paste0("~`", tb[1], "`+`", tb[2], "`"))
    # a third element filters the table: subset() of the raked design, as the app's filter does
    rd <- if (length(tb) == 3) eval(parse(text = paste0("subset(r, ", tb[3], ")"))) else r
    t <- svychisq(f, rd, statistic = "Chisq")
    md <- mean_delta(f, rd)
    corrected <- unname(t$statistic) / md
    stopifnot(abs(pchisq(corrected, unname(t$parameter), lower.tail = FALSE) / t$p.value - 1) < 1e-12)
    rs_rows[[length(rs_rows) + 1]] <- data.frame(case = case, question = tb[1], by = tb[2],
      filter = if (length(tb) == 3) tb[3] else "",
      x_squared = sprintf("%.17g", unname(t$statistic)), mean_delta = sprintf("%.17g", md),
      statistic = sprintf("%.17g", corrected), df = unname(t$parameter), p_value = sprintf("%.17g", t$p.value))
  }
}
write.csv(do.call(rbind, tgt_rows), "rake_targets.csv", row.names = FALSE, fileEncoding = "UTF-8")
write.csv(do.call(rbind, w_rows), "rake_weights.csv", row.names = FALSE, fileEncoding = "UTF-8")
write.csv(do.call(rbind, rs_rows), "rao_scott.csv", row.names = FALSE, fileEncoding = "UTF-8")
cat("references written\n")
