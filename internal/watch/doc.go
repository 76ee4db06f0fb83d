// Package watch is the scheduled extraction job: it polls feeds, finds the
// articles it has not stored yet, fetches and extracts each one once, and
// commits every document with its article's done mark in one transaction.
//
// job.go runs a pass over the due feeds (Once) or keeps running them on
// their schedules (Serve); schedule.go says when a feed is due next;
// article.go gets one article; identity.go says how an item is known
// across runs; limiter.go and robots.go keep the job polite to each host.
package watch
